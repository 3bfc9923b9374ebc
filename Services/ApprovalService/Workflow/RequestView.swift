import JSON

/// The vendor response shape (`requests.md` §4.2) built from an internal request record, plus the
/// escalation fields; agent requests have no `rights`.
enum RequestView {
    static let vendorFields = ["id", "integrationTitle", "externalRef", "systemId", "partyOrgNo", "rights",
                               "accessPackages", "status", "redirectUrl", "confirmUrl", "escalated", "created",
                               "expires", "timedOut"]

    static func members(_ request: SystemUserRequest, includeSystemUser: Bool) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = []
        for name in vendorFields {
            if name == "rights" && request.type == .agent { continue }
            if let value = request.record[name], !value.isNull { members.append((name, value)) }
        }
        if request.escalated {
            for name in ["escalatedBy", "escalatedAt"] {
                if let value = request.record[name] { members.append((name, value)) }
            }
        }
        if includeSystemUser, request.status == "Accepted", let id = request.systemUserId {
            members.append(("systemUserId", .string(id)))
        }
        return members
    }

    /// What the calling person may do and lacks (§5.1, §5.4).
    static func personMembers(_ request: SystemUserRequest, held: PersonRights) -> (mayApprove: Bool, members: [(String, JSONValue)]) {
        let missing = ApprovalRule.missing(for: request, held: held)
        let mayApprove = held.isAccessManager && missing.isEmpty
        return (mayApprove, [("userMayApprove", .bool(mayApprove)), ("missingRights", JSONValue(missing.rights)),
                             ("missingPackages", JSONValue(missing.packages))])
    }
}
