/// A right in a system or a request (`catalogue.md` §4):
/// `{"resource": [{"id": "urn:altinn:resource", "value": "<resource id>"}], "action"?: "<string>"}`.
///
/// Equality and hashing are those of the §4 note: two rights are equal when their pairs are equal **as
/// sets**, whatever their order or repeats, and `action` is not compared (it is stored and echoed but
/// not used in decisions). The system register's duplicate check also compares `action`:
/// `isDuplicate(of:)`.
public struct Right: Hashable, Sendable {
    /// The pairs as given, in order (echoed as sent).
    public let resource: [AttributePair]
    public let action: String?

    public init(resource: [AttributePair], action: String? = nil) {
        self.resource = resource
        self.action = action
    }

    /// The usual right: one pair naming one catalogue resource.
    public init(resourceId: String, action: String? = nil) {
        self.init(resource: [.resource(resourceId)], action: action)
    }

    public var pairs: Set<AttributePair> { Set(resource) }

    /// "The resources of a right": the `value`s of its pairs, in order, without repeats.
    public var resourceValues: [String] {
        var seen = Set<String>()
        return resource.map(\.value).filter { seen.insert($0).inserted }
    }

    /// Equal as sets of pairs **and** with the same `action` (absent equals absent): `AUTH.VLD-00006`.
    public func isDuplicate(of other: Right) -> Bool { self == other && action == other.action }

    public static func == (lhs: Right, rhs: Right) -> Bool { lhs.pairs == rhs.pairs }
    public func hash(into hasher: inout Hasher) { hasher.combine(pairs) }
}
