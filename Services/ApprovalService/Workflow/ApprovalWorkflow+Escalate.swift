import JSON

extension ApprovalWorkflow {
    /// `approval.md` §5.3: any person with access may escalate a `New` request.
    func escalate(_ call: DecisionCall) throws -> JSONValue {
        let action = "request.escalated"
        try requireActiveParty(call.party, deadline: call.deadline)
        let held = try rights(of: call.person, in: call.party, deadline: call.deadline)
        guard held.hasAnyAccess else { throw refuse(ApprovalProblems.noAccess(), call, action: action) }
        let request = try requireRequest(call, refusal: action)
        return try locks.withLock(call.requestId) {
            if try store.user(id: request.id)?.state == .creating { throw ApprovalProblems.inProgress() }
            guard request.isNew else { throw refuse(ApprovalProblems.notNew(status: request.status), call, action: action) }
            guard let outcome = try requests.escalate(id: request.id, by: call.person, deadline: call.deadline) else {
                throw ApprovalProblems.requestNotFound(request.id, agentRoute: call.agentRoute)
            }
            switch outcome {
            case .conflict(let status):
                throw refuse(ApprovalProblems.notNew(status: status), call, action: action)
            case let .escalated(at, changed):
                try store.record(AuditEntry(actor: call.actor, action: action, target: request.id,
                                            details: [("party", .string(call.party)), ("requestId", .string(request.id)),
                                                      ("changed", .bool(changed))]))
                return answer(request, [("status", "New"), ("escalated", true), ("escalatedAt", .string(at))])
            }
        }
    }
}
