/// "A role is active when…" (`catalogue.md` §2), from plain inputs:
/// - `fratraadt` is false and `avregistrert` is not true;
/// - a person holder is not `erDoed`;
/// - an organisation holder is neither deleted nor removed in the Registry;
/// - the unit U itself is neither deleted nor removed.
///
/// Only active roles give packages (`ERRoleRules`) and make clients (`ClientRelationship`).
public struct RoleActivity: Hashable, Sendable {
    /// The holder, as far as activity is concerned.
    public enum Holder: Hashable, Sendable {
        case person(isDead: Bool)
        /// `isActive` is false when the holder organisation is deleted or removed.
        case organisation(isActive: Bool)
    }

    public var fratraadt: Bool
    /// Absent counts as "not true".
    public var avregistrert: Bool?
    public var holder: Holder
    /// False when U is deleted or removed.
    public var unitIsActive: Bool

    public init(fratraadt: Bool, avregistrert: Bool? = nil, holder: Holder, unitIsActive: Bool) {
        self.fratraadt = fratraadt
        self.avregistrert = avregistrert
        self.holder = holder
        self.unitIsActive = unitIsActive
    }

    /// The first rule that fails, in the Registry's order, or nil when the role is active.
    public var inactiveReason: RoleInactiveReason? {
        if fratraadt { return .fratraadt }
        if avregistrert == true { return .avregistrert }
        switch holder {
        case .person(let isDead) where isDead: return .doed
        case .organisation(let isActive) where !isActive: return .holderDeleted
        default: break
        }
        return unitIsActive ? nil : .unitDeleted
    }

    public var isActive: Bool { inactiveReason == nil }
}
