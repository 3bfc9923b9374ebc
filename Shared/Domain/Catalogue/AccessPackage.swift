/// An access package ("tilgangspakke") of `catalogue.md` §1, identified by
/// `urn:altinn:accesspackage:<code>`. Two packages are equal when their codes are; `position` is the
/// catalogue order (§1.1, then §1.2, then §1.3, top to bottom) in which lists of packages are written.
public struct AccessPackage: Hashable, Comparable, Sendable, CustomStringConvertible {
    public static let urnPrefix = "urn:altinn:accesspackage:"

    public let code: String
    public let name: PackageName
    public let group: AccessPackageGroup
    /// The "area" column of §1.1 (nil elsewhere).
    public let area: String?
    /// The "meaning in this system" column of §1.2 (nil elsewhere).
    public let meaning: String?
    /// A facilitator may pass it on to an agent system user (client delegation).
    public let isDelegable: Bool
    /// It may be given directly to a person, an organisation or a standard system user.
    public let isAssignable: Bool
    /// Index in `AccessPackageCatalogue.all`.
    public let position: Int

    init(code: String, name: PackageName, group: AccessPackageGroup, area: String? = nil, meaning: String? = nil,
         isDelegable: Bool, isAssignable: Bool, position: Int) {
        self.code = code
        self.name = name
        self.group = group
        self.area = area
        self.meaning = meaning
        self.isDelegable = isDelegable
        self.isAssignable = isAssignable
        self.position = position
    }

    public var urn: String { AccessPackage.urnPrefix + code }

    public var description: String { urn }

    /// Neither delegable nor assignable (`eksplisitt`): it cannot be put in a system, a request or a grant.
    public var isUsable: Bool { isDelegable || isAssignable }

    public static func == (lhs: AccessPackage, rhs: AccessPackage) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
    public static func < (lhs: AccessPackage, rhs: AccessPackage) -> Bool { lhs.position < rhs.position }
}
