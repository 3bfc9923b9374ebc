import Foundation
import HTTPClient
import HTTPServer
import JSON
import ServiceKit

/// Approve, reject, escalate and the reads of requests (`approval.md` §4, §5), over the peer protocols.
struct ApprovalWorkflow: Sendable {
    let store: SystemUserStore
    let registry: any RegistryPeer
    let requests: any RequestServicePeer
    let delegation: any DelegationPeer
    let locks: RequestLocks
    let faults: FaultInjector
    let loggedOutURL: String
    var clock: @Sendable () -> Date = { Date() }

    var completion: ApprovalCompletion {
        ApprovalCompletion(store: store, requests: requests, delegation: delegation)
    }

    /// §4.1 step 3: 400 `AUTH-00000` unless the party is active; 503 when the Registry cannot be asked.
    func requireActiveParty(_ party: String, deadline: Deadline?) throws {
        guard let unit = try registry.unit(party, deadline: deadline), unit.isActive else {
            throw ApprovalProblems.partyUnknown(party)
        }
    }

    /// §2: one `/internal/rights` call; a party no longer active there is 400 `AUTH-00000`.
    func rights(of person: Decider, in party: String, deadline: Deadline?) throws -> PersonRights {
        let rights = try delegation.rights(party: party, person: person.pid, deadline: deadline)
        guard rights.partyIsActive else { throw ApprovalProblems.partyUnknown(party) }
        return rights
    }

    /// §4.1 step 5: the request of the route's type, owned by `{party}`.
    func requireRequest(_ call: DecisionCall, refusal action: String) throws -> SystemUserRequest {
        guard let request = try requests.request(id: call.requestId, deadline: call.deadline), !request.isDeleted,
              request.type == call.type else {
            throw ApprovalProblems.requestNotFound(call.requestId, agentRoute: call.agentRoute)
        }
        guard request.partyOrgNo == call.party else {
            throw refuse(ApprovalProblems.partyMismatch(agentRoute: call.agentRoute), call, action: action)
        }
        return request
    }

    /// Records a refusal (`approval.md` §10) and returns the problem to throw.
    func refuse(_ problem: ProblemDetails, _ call: DecisionCall, action: String) -> ProblemDetails {
        var details: [(String, JSONValue)] = [("party", .string(call.party)), ("requestId", .string(call.requestId)),
                                              ("code", .string(problem.code))]
        for name in ["missingRights", "missingPackages", "status"] {
            if let value = problem.extensions.first(where: { $0.0 == name })?.1 { details.append((name, value)) }
        }
        try? store.record(AuditEntry(actor: call.actor, action: action, target: call.requestId, outcome: .refused,
                                     details: details))
        return problem
    }

    /// A decision answer: `id`, the given members, then the redirect of §4.2.
    func answer(_ request: SystemUserRequest, _ members: [(String, JSONValue)]) -> JSONValue {
        .object([("id", .string(request.id))] + members
            + RedirectTarget(request: request, loggedOutURL: loggedOutURL).members)
    }
}
