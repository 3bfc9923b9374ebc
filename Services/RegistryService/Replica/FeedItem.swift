import JSON

/// One change-log item of the feed, with its state as JSON (applied) and as the record stored again.
struct FeedItem: Sendable {
    let record: ChangeRecord
    let state: JSONValue

    var id: Int64 { record.id }

    init(_ item: JSONValue) throws(FeedError) {
        guard let id = item["id"]?.intValue, let at = item["at"]?.stringValue,
              let kind = item["kind"]?.stringValue, ChangeKind(rawValue: kind) != nil,
              let orgnr = item["organisasjonsnummer"]?.stringValue,
              let endringstype = item["endringstype"]?.stringValue, Endringstype(rawValue: endringstype) != nil,
              let holders = item["affectedHolders"], holders.arrayValue != nil,
              let state = item["state"], state.objectValue != nil else {
            throw .malformedItem(id: item["id"]?.intValue, "a field is missing or of the wrong type")
        }
        self.state = state
        record = ChangeRecord(id: id, at: at, kind: kind, organisasjonsnummer: orgnr, endringstype: endringstype,
                              affectedHolders: String(decoding: holders.encoded(), as: UTF8.self),
                              state: String(decoding: state.encoded(), as: UTF8.self))
    }
}
