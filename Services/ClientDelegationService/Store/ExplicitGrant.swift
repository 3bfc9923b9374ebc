import Domain
import JSON

/// One explicit grant of an assignable package from an organisation to a person or an organisation
/// (`delegation.md` §5).
struct ExplicitGrant: Sendable, Equatable {
    enum RecipientType: String, Sendable { case person, organisation }

    var id: String
    var from: String
    var to: String
    var toType: RecipientType
    /// The package code.
    var package: String
    var grantedBy: String
    var grantedAt: String

    var accessPackage: AccessPackage? { AccessPackageCatalogue.package(code: package) }

    /// The grant object of §5.1, without `changed`.
    func json(changed: Bool? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(id)), ("from", .string(from)),
            ("to", .object([("type", .string(toType.rawValue)), ("id", .string(to))])),
            ("package", accessPackage?.catalogueJSON ?? .object([("urn", .string(AccessPackage.urnPrefix + package))])),
            ("grantedBy", .object([("pid", .string(grantedBy))])),
            ("grantedAt", .string(grantedAt)),
        ]
        if let changed { members.append(("changed", .bool(changed))) }
        return .object(members)
    }
}
