/// One `{"id": ..., "value": ...}` element of a right's `resource` array (`catalogue.md` §4).
/// A catalogue resource is named by `id` = `urn:altinn:resource` and `value` = its resource id.
public struct AttributePair: Hashable, Sendable {
    public static let resourceAttributeId = "urn:altinn:resource"

    public let id: String
    public let value: String

    public init(id: String, value: String) {
        self.id = id
        self.value = value
    }

    /// The pair that names the catalogue resource `resourceId`.
    public static func resource(_ resourceId: String) -> AttributePair {
        AttributePair(id: resourceAttributeId, value: resourceId)
    }

    /// True when `id` is exactly `urn:altinn:resource`.
    public var namesResource: Bool { id == AttributePair.resourceAttributeId }
}
