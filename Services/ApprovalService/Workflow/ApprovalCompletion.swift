import HTTPClient
import JSON
import ServiceKit

/// Commit steps (b)–(d) of `approval.md` §4.3, with the abort rule of step (c). Run by the approving
/// call, a retry, user-driven creation and the reconciler; every remote step is idempotent.
struct ApprovalCompletion: Sendable {
    enum Outcome: Sendable, Equatable {
        case completed
        /// Step (c) answered 409: the user is deleted here and there; the request's current status.
        case aborted(status: String)
    }

    let store: SystemUserStore
    let requests: any RequestServicePeer
    let delegation: any DelegationPeer

    /// Completes a `creating` user. `faults` only for the approve endpoints.
    func complete(_ user: SystemUser, actor: AuditActor, deadline: Deadline?,
                  faults: FaultInjector? = nil) throws -> Outcome {
        _ = try delegation.publish(user, deadline: deadline)
        faults?.reached(.afterDelegationPush)
        if let requestId = user.requestId {
            let outcome = try requests.recordStatus(id: requestId, status: "Accepted", systemUserId: user.id,
                                                    decidedBy: user.decider,
                                                    decidedAt: DecisionClock.format(user.decidedAt), deadline: deadline)
            if case .conflict(let status) = outcome {
                try abort(user, status: status, actor: actor, deadline: deadline)
                return .aborted(status: status)
            }
            faults?.reached(.afterRequestAccepted)
        }
        let audit = user.requestId.map { _ in
            AuditEntry(actor: actor, action: "approval.completed", target: user.id, details: details(user))
        }
        try store.activate(id: user.id, audit: audit)
        return .completed
    }

    /// The abort: first the Client Delegation Service's delete, then the local state.
    private func abort(_ user: SystemUser, status: String, actor: AuditActor, deadline: Deadline?) throws {
        _ = try delegation.remove(id: user.id, deadline: deadline)
        try store.markDeleted(id: user.id, audit: AuditEntry(
            actor: actor, action: "approval.aborted", target: user.id,
            details: details(user) + [("status", .string(status))]))
    }

    private func details(_ user: SystemUser) -> [(String, JSONValue)] {
        [("party", .string(user.partyOrgNo)), ("requestId", JSONValue(user.requestId))]
    }
}
