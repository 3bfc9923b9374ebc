import Domain
import HTTPClient
import JSON
import ServiceKit

extension SystemUserDirectory {
    /// `approval.md` §6.3, after the parameters: party, person, `facilitatorId`, the user, then the
    /// Client Delegation Service's delete before the local one.
    func delete(party: String, id: String, agentPath: Bool, facilitator: String?, person: Decider,
                deadline: Deadline?) throws -> JSONValue {
        let held = try self.person(person, in: party, deadline: deadline)
        guard held.isAccessManager else { throw ApprovalProblems.notAccessManager(canEscalate: nil) }
        if agentPath, let facilitator, !Self.names(party: party, facilitator) { throw ApprovalProblems.foreignParty() }
        return try workflow.locks.withLock(id) {
            guard let user = try store.user(id: id), user.state != .deleted else { throw ApprovalProblems.userNotFound(id) }
            guard user.partyOrgNo == party else { throw ApprovalProblems.foreignParty() }
            guard (user.userType == .agent) == agentPath else { throw ApprovalProblems.wrongType(agentPath: agentPath) }
            guard user.state == .active else { throw ApprovalProblems.inProgress() }
            let removed = try workflow.delegation.remove(id: user.id, deadline: deadline)
            let audit = AuditEntry(actor: .person(pid: person.pid, userId: person.userId), action: "systemuser.deleted",
                                   target: user.id, details: [("party", .string(party)),
                                                              ("requestId", JSONValue(user.requestId)),
                                                              ("removedClientDelegations", .int(Int64(removed)))])
            try store.markDeleted(id: user.id, audit: audit, outboxRequest: user.requestId)
            if let requestId = user.requestId { outbox.deliver(requestId: requestId, deadline: deadline) }
            return .object([("id", .string(user.id)), ("isDeleted", true),
                            ("removedClientDelegations", .int(Int64(removed)))])
        }
    }

    /// `facilitatorId` must be `{party}` or its party UUID.
    static func names(party: String, _ facilitator: String) -> Bool {
        if facilitator == party { return true }
        guard let number = OrganizationNumber(rawValue: party) else { return false }
        return facilitator.lowercased() == PartyUUID(number).description
    }
}
