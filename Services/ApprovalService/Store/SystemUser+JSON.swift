import Domain
import JSON

/// The shapes of `approval.md` §3.1 and the body published to the Client Delegation Service.
extension SystemUser {
    var packagesJSON: JSONValue { .array(accessPackages.map { .object([("urn", .string($0))]) }) }

    var partyUUID: String {
        OrganizationNumber(rawValue: partyOrgNo).map { PartyUUID($0).description } ?? ""
    }

    /// `SystemUserInternalDTO`.
    var internalJSON: JSONValue {
        .object(commonMembers(productName: "", portal: true))
    }

    /// The detail shape: the internal shape plus `rights` (`[]` for agent users).
    var detailJSON: JSONValue {
        .object(commonMembers(productName: "", portal: true)
            + [("rights", .array(userType == .agent ? [] : rights.map(\.json)))])
    }

    /// `SystemUserExternalDTO`; `productName` is the system id only in `byExternalId`.
    func externalJSON(productName: String = "") -> JSONValue {
        .object(commonMembers(productName: productName, portal: false))
    }

    private func commonMembers(productName: String, portal: Bool) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = [
            ("id", .string(id)), ("integrationTitle", .string(integrationTitle)), ("systemId", .string(systemId)),
            ("productName", .string(productName)),
        ]
        if portal { members += [("partyId", .string(partyOrgNo)), ("partyUuId", .string(partyUUID))] }
        members += [
            ("reporteeOrgNo", .string(partyOrgNo)), ("created", .string(created)), ("isDeleted", .bool(false)),
            ("supplierName", .string(supplierName)), ("supplierOrgno", .string(supplierOrgNo)),
            ("externalRef", .string(externalRef)), ("userType", .string(userType.rawValue)),
        ]
        if portal { members.append(("accessPackages", packagesJSON)) }
        return members
    }

    /// The body of `PUT /internal/systemusers/{id}` (`delegation.md` §4).
    var publicationBody: JSONValue {
        .object([
            ("id", .string(id)), ("integrationTitle", .string(integrationTitle)), ("systemId", .string(systemId)),
            ("supplierOrgno", .string(supplierOrgNo)), ("supplierName", .string(supplierName)),
            ("reporteeOrgNo", .string(partyOrgNo)), ("externalRef", .string(externalRef)),
            ("userType", .string(userType.rawValue)), ("rights", .array(rights.map(\.json))),
            ("accessPackages", packagesJSON), ("created", .string(created)),
        ])
    }
}
