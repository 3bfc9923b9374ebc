import JSON

/// One page of the primary's `/internal/feed` (§5.6), as a replica reads it.
struct FeedPage: Sendable {
    let epoch: String
    let position: Int64
    /// The items with their `state` parsed, in id order.
    let items: [FeedItem]

    init(_ body: [UInt8]) throws(FeedError) {
        let root: JSONValue
        do { root = try JSONValue.parse(body) } catch { throw .malformedPage("not JSON") }
        guard let epoch = root["epoch"]?.stringValue, !epoch.isEmpty,
              let position = root["position"]?.intValue, let items = root["items"]?.arrayValue else {
            throw .malformedPage("epoch, position or items missing")
        }
        self.epoch = epoch
        self.position = position
        var parsed: [FeedItem] = []
        parsed.reserveCapacity(items.count)
        for item in items { parsed.append(try FeedItem(item)) }
        self.items = parsed
    }
}
