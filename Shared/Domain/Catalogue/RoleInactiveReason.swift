/// Why a role is not active, spelled as the Registry's `inactiveReason` (`registry.md` §5.1).
public enum RoleInactiveReason: String, Hashable, Sendable, CaseIterable {
    case fratraadt
    case avregistrert
    /// The person holder is dead (`erDoed`).
    case doed
    /// The organisation holder is deleted or removed.
    case holderDeleted = "holder-deleted"
    /// The unit where the role is held is deleted or removed.
    case unitDeleted = "unit-deleted"
}
