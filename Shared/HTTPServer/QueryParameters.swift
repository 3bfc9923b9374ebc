/// The decoded query string: `?a=1&b=x%20y&a=2`. Keeps repeats and order.
public struct QueryParameters: Sendable {
    public private(set) var items: [(name: String, value: String)] = []
    /// Names whose value could not be decoded; handlers treat them as invalid parameters.
    public private(set) var malformed: [String] = []

    public init(_ query: String?) {
        guard let query, !query.isEmpty else { return }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let rawName = parts[0]
            let rawValue = parts.count > 1 ? parts[1] : ""
            guard let name = PercentDecoding.decode(rawName, plusAsSpace: true) else {
                malformed.append(String(rawName))
                continue
            }
            guard let value = PercentDecoding.decode(rawValue, plusAsSpace: true) else {
                malformed.append(name)
                continue
            }
            items.append((name, value))
        }
    }

    /// The first value of `name`.
    public subscript(name: String) -> String? {
        items.first { $0.name == name }?.value
    }

    public func values(_ name: String) -> [String] {
        items.filter { $0.name == name }.map(\.value)
    }

    public func contains(_ name: String) -> Bool { items.contains { $0.name == name } || malformed.contains(name) }
}

extension HTTPRequest {
    public var queryParameters: QueryParameters { QueryParameters(query) }
}

extension RequestContext {
    /// A path parameter that the route template guarantees.
    public func parameter(_ name: String) -> String {
        parameters[name] ?? ""
    }
}
