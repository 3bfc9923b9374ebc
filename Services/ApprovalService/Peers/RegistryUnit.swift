/// One unit of the Registry's `GET /internal/units` answer (`registry.md` §5.3).
struct RegistryUnit: Sendable, Equatable {
    var orgNo: String
    var name: String
    /// `active`, `deleted` or `removed`.
    var status: String

    var isActive: Bool { status == "active" }
}
