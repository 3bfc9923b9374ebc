import Domain
import HTTPClient
import JSON

extension ApprovalWorkflow {
    /// `approval.md` §5.1: the confirm-page read of a request by id alone.
    func confirmRead(requestId: String, agentRoute: Bool, person: Decider, deadline: Deadline?) throws -> JSONValue {
        guard let request = try requests.request(id: requestId, deadline: deadline), !request.isDeleted,
              request.type == (agentRoute ? .agent : .standard) else {
            throw ApprovalProblems.requestNotFound(requestId, agentRoute: false)
        }
        try requireActiveParty(request.partyOrgNo, deadline: deadline)
        let held = try rights(of: person, in: request.partyOrgNo, deadline: deadline)
        guard held.hasAnyAccess else { throw ApprovalProblems.noAccess() }
        let system = try requests.system(id: request.systemId, deadline: deadline)
        let vendorOrgNo = system?.vendorOrgNo ?? request.vendorOrgNo
        let personal = RequestView.personMembers(request, held: held)
        var members = RequestView.members(request, includeSystemUser: true)
        members += [
            ("systemName", system?.name ?? .object([])),
            ("vendor", .object([("orgNo", .string(vendorOrgNo)),
                                ("name", .string(registry.name(of: vendorOrgNo, deadline: deadline)))])),
            ("partyId", .int(Int64(request.partyOrgNo) ?? 0)),
            ("partyUuid", .string(OrganizationNumber(rawValue: request.partyOrgNo).map { PartyUUID($0).description } ?? "")),
            ("partyName", .string(registry.name(of: request.partyOrgNo, deadline: deadline))),
            ("systemUserType", .string(request.type == .agent ? "Agent" : "Standard")),
            ("userMayApprove", .bool(personal.mayApprove)),
            ("userMayEscalateButNotApprove", .bool(held.hasAnyAccess && !personal.mayApprove)),
            ("userMayReject", .bool(held.isAccessManager)),
        ]
        members += personal.members.dropFirst()
        return .object(members)
    }

    /// `approval.md` §5.4: the party's `New` requests of one type, for an access manager.
    func pending(party: String, type: SystemUserType, escalated: Bool?, person: Decider,
                 deadline: Deadline?) throws -> JSONValue {
        try requireActiveParty(party, deadline: deadline)
        let held = try rights(of: person, in: party, deadline: deadline)
        guard held.isAccessManager else { throw ApprovalProblems.notAccessManager(canEscalate: nil) }
        let list = try requests.pendingRequests(party: party, type: type, escalated: escalated, deadline: deadline)
        return .array(list.map { request in
            .object(RequestView.members(request, includeSystemUser: false) + RequestView.personMembers(request, held: held).members)
        })
    }
}
