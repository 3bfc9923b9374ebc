/// One row of the table of `catalogue.md` §2: the holder of an active role in unit U holds `packageCodes`
/// for U when the role is one of `roles` (whatever U's organisasjonsform), or when it matches `condition`.
public struct ERRoleRule: Hashable, Sendable {
    public let packageCodes: [String]
    /// Roles that give the packages whatever U's organisasjonsform.
    public let roles: [String]
    /// A role that gives them only for some organisasjonsformer.
    public let condition: RoleFormCondition?

    public init(packageCodes: [String], roles: [String], condition: RoleFormCondition? = nil) {
        self.packageCodes = packageCodes
        self.roles = roles
        self.condition = condition
    }

    /// Whether an active `role` held in a unit of organisasjonsform `unitForm` gives this row's packages.
    public func applies(toRole role: String, unitForm: String) -> Bool {
        if roles.contains(role) { return true }
        guard let condition, condition.role == role else { return false }
        return condition.forms.contains(unitForm)
    }

    /// Every role named in either column.
    public var namedRoles: [String] { roles + (condition.map { [$0.role] } ?? []) }
}
