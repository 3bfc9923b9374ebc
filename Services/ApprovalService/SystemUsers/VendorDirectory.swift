import Auth
import Domain
import HTTPClient
import HTTPServer
import JSON
import ServiceKit

/// The vendor reads of `approval.md` §7 and the token issuer's lookup of §8.
struct VendorDirectory: Sendable {
    let store: SystemUserStore
    let requests: any RequestServicePeer
    let pageSize: Int

    /// `bysystem`: active users of the system by activation order, paged.
    func bySystem(_ systemId: String, token: String?, vendor: VendorPrincipal, publicURL: String,
                  deadline: Deadline?) throws -> JSONValue {
        var after: Int64 = 0
        if let token, !token.isEmpty {
            guard let decoded = VendorPageToken(decoding: token, systemId: systemId) else {
                throw ProblemDetails.validation([ValidationFailure(code: "STD.VLD-00007", title: "The paging token is invalid.",
                                                                   detail: "The token is not one this service wrote.",
                                                                   paths: ["?token"])])
            }
            after = decoded.after
        }
        let system = try requireSystem(systemId, deadline: deadline)
        guard system.vendorOrgNo == vendor.organizationNumber
                || vendor.scopes.contains(AuthScope.systemRegisterAdmin) else {
            throw ApprovalProblems.foreignVendor(systemId)
        }
        let users = try store.activeUsers(system: systemId, after: after, limit: pageSize + 1)
        let page = Array(users.prefix(pageSize))
        var next: JSONValue = .null
        if users.count > pageSize, let last = page.last?.activationSequence {
            let path = systemId.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? systemId
            next = .string(publicURL + "/authentication/api/v1/systemuser/vendor/bysystem/\(path)?token="
                           + VendorPageToken(systemId: systemId, after: last).encoded)
        }
        return .object([("links", .object([("next", next)])), ("data", .array(page.map { $0.externalJSON() }))])
    }

    /// `byquery`: the active user with (`system-id`, `orgno`, `external-ref` or else `orgno`).
    func byQuery(_ query: QueryParameters, vendor: VendorPrincipal, deadline: Deadline?) throws -> JSONValue {
        let systemId = query["system-id"] ?? ""
        let orgNo = query["orgno"] ?? ""
        var failures = ValidationFailures()
        if systemId.isEmpty { failures.add(.missing(path: "?system-id")) }
        if orgNo.isEmpty { failures.add(.missing(path: "?orgno")) } else if !OrganizationNumber.isValid(orgNo) {
            failures.add(.invalidOrganizationNumber(orgNo, path: "?orgno"))
        }
        try failures.check()
        let system = try requireSystem(systemId, deadline: deadline)
        guard system.vendorOrgNo == vendor.organizationNumber else { throw ApprovalProblems.foreignVendor(systemId) }
        let reference = query["external-ref"].flatMap { $0.isEmpty ? nil : $0 } ?? orgNo
        guard let user = try store.liveUser(key: SystemUserKey(systemId: systemId, partyOrgNo: orgNo, externalRef: reference)),
              user.state == .active else { throw ApprovalProblems.userNotFound(reference) }
        return user.externalJSON()
    }

    /// §8: the active user for a client id, vendor, owner and reference; every call asks the Request Service.
    func byExternalId(_ query: QueryParameters, deadline: Deadline?) throws -> JSONValue {
        let clientId = query["clientId"] ?? ""
        let vendorOrgNo = query["systemProviderOrgNo"] ?? ""
        let ownerOrgNo = query["systemUserOwnerOrgNo"] ?? ""
        var failures = ValidationFailures()
        if clientId.isEmpty { failures.add(.missing(path: "?clientId")) }
        for (name, value) in [("systemProviderOrgNo", vendorOrgNo), ("systemUserOwnerOrgNo", ownerOrgNo)] {
            if value.isEmpty { failures.add(.missing(path: "?" + name)) } else if !OrganizationNumber.isValid(value) {
                failures.add(.invalidOrganizationNumber(value, path: "?" + name))
            }
        }
        try failures.check()
        let reference = query["externalRef"].flatMap { $0.isEmpty ? nil : $0 } ?? ownerOrgNo
        guard let system = try requests.system(clientId: clientId, deadline: deadline), !system.isDeleted,
              system.vendorOrgNo == vendorOrgNo,
              let user = try store.liveUser(key: SystemUserKey(systemId: system.id, partyOrgNo: ownerOrgNo,
                                                               externalRef: reference)),
              user.state == .active else { throw ApprovalProblems.userNotFound(clientId) }
        return user.externalJSON(productName: user.systemId)
    }

    private func requireSystem(_ systemId: String, deadline: Deadline?) throws -> RegisteredSystemInfo {
        guard let system = try requests.system(id: systemId, deadline: deadline) else {
            throw ApprovalProblems.systemNotFound(systemId)
        }
        return system
    }
}
