/// A resource of `catalogue.md` §4. A person holds it for an organisation when they hold at least one
/// of `grantedByPackageCodes` there. A resource that is not delegable may not be listed as a system's
/// right (`AUTH.VLD-00017`).
public struct Resource: Hashable, Sendable, CustomStringConvertible {
    /// The prefix a decision's `resource` may carry (`delegation.md` §7.1); it is stripped.
    public static let urnPrefix = "urn:altinn:resource:"

    public let id: String
    /// The Norwegian Bokmål name.
    public let name: String
    public let owner: String
    public let type: ResourceType
    public let isDelegable: Bool
    /// The codes of the packages that grant it, in the table's order (the order of `viaPackages`).
    public let grantedByPackageCodes: [String]
    /// Index in `ResourceCatalogue.all`.
    public let position: Int

    init(id: String, name: String, owner: String, type: ResourceType, isDelegable: Bool,
         grantedBy: [String], position: Int) {
        self.id = id
        self.name = name
        self.owner = owner
        self.type = type
        self.isDelegable = isDelegable
        self.grantedByPackageCodes = grantedBy
        self.position = position
    }

    public var description: String { id }

    /// The packages that grant it, in the table's order.
    public var grantingPackages: [AccessPackage] { grantedByPackageCodes.compactMap(AccessPackageCatalogue.package(code:)) }

    public func isGranted(by package: AccessPackage) -> Bool { grantedByPackageCodes.contains(package.code) }

    public static func == (lhs: Resource, rhs: Resource) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
