import Foundation
import JSON

extension SystemUserRequest {
    /// `confirmUrl` (§4.2): recomputed on every read from `PORTAL_URL`.
    func confirmURL(portalURL: String) -> String {
        portalURL + type.confirmPath + "?id=" + id + "&DONTCHOOSEREPORTEE=true"
    }

    /// The vendor and portal response (§4.2): `RequestSystemResponse`, or `AgentRequestSystemResponse`
    /// without `rights`.
    func responseJSON(portalURL: String, now: Date) -> JSONValue {
        let status = status(at: now)
        var members: [(String, JSONValue)] = [
            ("id", .string(id)),
            ("integrationTitle", .string(integrationTitle)),
            ("externalRef", .string(externalRef)),
            ("systemId", .string(systemId)),
            ("partyOrgNo", .string(partyOrgNo)),
        ]
        if type == .standard { members.append(("rights", .array(rights.map(\.json)))) }
        members.append(("accessPackages", packagesJSON))
        members.append(("status", .string(status.rawValue)))
        if let redirectUrl { members.append(("redirectUrl", .string(redirectUrl))) }
        members += [
            ("confirmUrl", .string(confirmURL(portalURL: portalURL))),
            ("escalated", .bool(escalated)),
            ("created", .string(WholeSecondTime.format(seconds: created))),
            ("expires", .string(WholeSecondTime.format(seconds: expires))),
            ("timedOut", .bool(status == .timedOut)),
        ]
        return .object(members)
    }

    /// The internal record of `GET /internal/requests/{requestId}` (§4.8).
    func internalJSON(portalURL: String, now: Date) -> JSONValue {
        let status = status(at: now)
        var members: [(String, JSONValue)] = [
            ("id", .string(id)),
            ("type", .string(type.rawValue)),
            ("integrationTitle", .string(integrationTitle)),
            ("externalRef", .string(externalRef)),
            ("systemId", .string(systemId)),
            ("vendorOrgNo", .string(vendorOrg)),
            ("partyOrgNo", .string(partyOrgNo)),
            ("rights", .array(rights.map(\.json))),
            ("accessPackages", packagesJSON),
            ("status", .string(status.rawValue)),
        ]
        if let redirectUrl { members.append(("redirectUrl", .string(redirectUrl))) }
        members += [("confirmUrl", .string(confirmURL(portalURL: portalURL))), ("escalated", .bool(escalated))]
        if let escalatedBy { members.append(("escalatedBy", escalatedBy.json)) }
        if let escalatedAt { members.append(("escalatedAt", .string(escalatedAt))) }
        if let decidedBy { members.append(("decidedBy", decidedBy.json)) }
        if let decidedAt { members.append(("decidedAt", .string(decidedAt))) }
        if let systemUserId, status == .accepted { members.append(("systemUserId", .string(systemUserId))) }
        members += [
            ("created", .string(WholeSecondTime.format(seconds: created))),
            ("expires", .string(WholeSecondTime.format(seconds: expires))),
            ("timedOut", .bool(status == .timedOut)),
            ("isDeleted", .bool(isDeleted)),
        ]
        return .object(members)
    }

    var packagesJSON: JSONValue { .array(accessPackages.map { .object([("urn", .string($0))]) }) }
}
