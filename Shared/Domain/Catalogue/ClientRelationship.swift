/// Whether organisation C is a client of facilitator F, and what F holds for C (`catalogue.md` §3).
///
/// C is a client when F holds an active relationship role in C (REGN, REVI, FFØR, a KEY role, KNUF or
/// REPR, `ERRoleRules.relationshipRoles`), even one that gives no package for C's organisasjonsform, or
/// when C has at least one explicit grant to F, even a grant of a package that is not delegable.
/// The packages F holds for C are the **delegable** packages among those its roles give (with C's form)
/// and those C granted it.
///
/// Callers decide beforehand what counts as input (`delegation.md` §2): only F's **active** roles
/// (`RoleActivity`), only clients that are active hovedenheter (deleted and removed units, underenheter
/// and F itself are never clients), and only grants between active units.
public struct ClientRelationship: Hashable, Sendable {
    /// The relationship roles F holds in C, ordered by role code, without repeats.
    public let roles: [String]
    /// Every package C granted F (delegable or not), in catalogue order.
    public let grantedPackages: [AccessPackage]
    /// C's organisasjonsform, with which the role rules were applied.
    public let clientForm: String
    /// The delegable packages F holds for C, in catalogue order.
    public let packages: [AccessPackage]

    /// Nil when C is not a client of F. `activeRoles` may include roles that make no relationship
    /// (`MEDL`, …); they are ignored.
    public init?(activeRoles: some Sequence<String>, clientForm: String, grantedPackages: some Sequence<AccessPackage>) {
        let roles = Array(Set(activeRoles.filter(ERRoleRules.isRelationshipRole))).sorted()
        let granted = AccessPackageCatalogue.inCatalogueOrder(grantedPackages)
        guard !roles.isEmpty || !granted.isEmpty else { return nil }
        self.roles = roles
        self.grantedPackages = granted
        self.clientForm = clientForm
        let rolePackages = ERRoleRules.packages(roles: roles, unitForm: clientForm)
        self.packages = AccessPackageCatalogue.inCatalogueOrder(rolePackages + granted).filter(\.isDelegable)
    }

    /// C has at least one explicit grant to F.
    public var hasGrant: Bool { !grantedPackages.isEmpty }

    /// `roles` as sources, then `.grant` once if there is a grant: the `relationships` of a client list.
    public var relationships: [ClientRelationshipSource] {
        roles.map(ClientRelationshipSource.role) + (hasGrant ? [.grant] : [])
    }

    public func holds(_ package: AccessPackage) -> Bool { packages.contains(package) }

    /// The URNs of `required` that F does not hold for C, in the given order: unknown and non-delegable
    /// packages are never held, so they are always missing (`delegation.md` §3.2 `missingPackages`).
    public func missingPackages(ofURNs required: [String]) -> [String] {
        required.filter { urn in
            guard let package = AccessPackageCatalogue.package(urn: urn) else { return true }
            return !holds(package)
        }
    }

    /// What gives F `package` for C now: the first role (by role code) whose rule gives it, else
    /// `.grant` when only a grant does; nil when F does not hold it for C.
    public func source(of package: AccessPackage) -> ClientRelationshipSource? {
        guard holds(package) else { return nil }
        if let role = roles.first(where: { ERRoleRules.gives(package, role: $0, unitForm: clientForm) }) {
            return .role(role)
        }
        return .grant
    }
}
