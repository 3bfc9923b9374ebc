import HTTPServer

/// The raw query string of a public search or feed request, read by the rules of `registry.md` §3.4: an
/// empty value counts as absent, a repeated list parameter takes every occurrence (comma-joined), any
/// other repeated parameter its first. The raw pairs are kept as sent, for the paging links.
struct PublicQuery: Sendable {
    struct Item: Sendable {
        var raw: Substring
        var name: String
        /// Decoded, or the raw text when it could not be decoded (`malformed`).
        var value: String
        var malformed: Bool
    }

    /// One parameter's value as the validators see it.
    struct Value: Sendable, Equatable {
        var text: String
        var malformed: Bool
    }

    private(set) var items: [Item] = []
    /// Every non-empty `name=value` pair in the order received, exactly as sent.
    private(set) var rawPairs: [Substring] = []

    /// A list parameter: the comma-joined raw value and its non-empty items.
    struct ListValue: Sendable, Equatable {
        var raw: String
        var items: [String]

        var isTooLong: Bool { items.count > PublicQuery.maximumListItems }
    }

    static let maximumListItems = 1000

    init(_ query: String?) {
        guard let query else { return }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            rawPairs.append(pair)
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let rawValue = parts.count > 1 ? parts[1] : ""
            // A name that cannot be decoded is an unknown parameter: kept only for the links.
            guard let name = PercentDecoding.decode(parts[0], plusAsSpace: true) else { continue }
            let decoded = PercentDecoding.decode(rawValue, plusAsSpace: true)
            items.append(Item(raw: pair, name: name, value: decoded ?? String(rawValue), malformed: decoded == nil))
        }
    }

    /// The first occurrence of `name`, or nil when absent or empty.
    func single(_ name: String) -> Value? {
        guard let item = items.first(where: { $0.name == name }), !item.value.isEmpty else { return nil }
        return Value(text: item.value, malformed: item.malformed)
    }

    /// Every occurrence of the list parameter `name`, comma-joined, without empty items;
    /// nil when no item is left.
    func list(_ name: String) -> ListValue? {
        let values = items.filter { $0.name == name }.map(\.value)
        let joined = values.joined(separator: ",")
        let listItems = joined.split(separator: ",", omittingEmptySubsequences: true).map(String.init)
        guard !listItems.isEmpty else { return nil }
        return ListValue(raw: joined, items: listItems)
    }

    /// The raw pairs other than those named `excluded`, as sent, in the order received.
    func rawPairs(excluding excluded: Set<String>) -> [Substring] {
        rawPairs.filter { pair in
            let rawName = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]
            guard let name = PercentDecoding.decode(rawName, plusAsSpace: true) else { return true }
            return !excluded.contains(name)
        }
    }
}
