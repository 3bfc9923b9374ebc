import Foundation
import HTTPClient
import JSON
import ServiceKit

/// System users of a party (`approval.md` §6): lists, reads, user-driven creation and delete.
struct SystemUserDirectory: Sendable {
    let workflow: ApprovalWorkflow
    let outbox: OutboxDelivery

    var store: SystemUserStore { workflow.store }

    /// §6.1 order after the parameters: party active, then the person.
    func person(_ person: Decider, in party: String, deadline: Deadline?) throws -> PersonRights {
        try workflow.requireActiveParty(party, deadline: deadline)
        return try workflow.rights(of: person, in: party, deadline: deadline)
    }

    func list(party: String, type: SystemUserType, person: Decider, deadline: Deadline?) throws -> JSONValue {
        let held = try self.person(person, in: party, deadline: deadline)
        let allowed = type == .agent ? held.isAccessManager || held.isClientAdministrator : held.isAccessManager
        guard allowed else { throw ApprovalProblems.notAccessManager(canEscalate: nil) }
        return .array(try store.activeUsers(party: party, type: type).map(\.internalJSON))
    }

    func read(party: String, id: String, person: Decider, deadline: Deadline?) throws -> JSONValue {
        let held = try self.person(person, in: party, deadline: deadline)
        guard held.isAccessManager || held.isClientAdministrator else {
            throw ApprovalProblems.notAccessManager(canEscalate: nil)
        }
        guard let user = try store.user(id: id), user.state == .active, user.partyOrgNo == party else {
            throw ApprovalProblems.userNotFound(id)
        }
        return user.detailJSON
    }
}
