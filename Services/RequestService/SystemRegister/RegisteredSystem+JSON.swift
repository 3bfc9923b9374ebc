import Domain
import JSON

extension RegisteredSystem {
    static let vendorAuthority = "iso6523-actorid-upis"

    /// The full system of `GET vendor/{systemId}` and the internal reads.
    var fullJSON: JSONValue {
        .object([
            ("id", .string(id)),
            ("vendor", .object([("authority", .string(Self.vendorAuthority)), ("ID", .string("0192:" + vendorOrg))])),
            ("name", name.json),
            ("description", description.json),
            ("rights", .array(rights.map(\.json))),
            ("accessPackages", packagesJSON),
            ("clientId", JSONValue(clientIds)),
            ("allowedRedirectUrls", JSONValue(redirectUrls)),
            ("isVisible", .bool(isVisible)),
            ("isDeleted", .bool(isDeleted)),
        ])
    }

    /// `RegisteredSystemDTO` of the public and vendor lists.
    func dto(vendorName: String) -> JSONValue {
        .object([
            ("systemId", .string(id)),
            ("systemVendorOrgNumber", .string(vendorOrg)),
            ("systemVendorOrgName", .string(vendorName)),
            ("name", name.json),
            ("description", description.json),
            ("rights", .array(rights.map(\.json))),
            ("accessPackages", packagesJSON),
            ("isVisible", .bool(isVisible)),
        ])
    }

    var rightsJSON: JSONValue { .array(rights.map(\.json)) }

    var packagesJSON: JSONValue { .array(accessPackages.map { .object([("urn", .string($0))]) }) }
}
