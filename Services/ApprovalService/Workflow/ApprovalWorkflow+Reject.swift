import JSON

extension ApprovalWorkflow {
    /// `approval.md` §5.2: §4.1 steps 1–5, then the in-progress and status checks, then the Request Service.
    func reject(_ call: DecisionCall) throws -> JSONValue {
        let action = "request.rejected"
        try requireActiveParty(call.party, deadline: call.deadline)
        let held = try rights(of: call.person, in: call.party, deadline: call.deadline)
        guard held.isAccessManager else {
            throw refuse(ApprovalProblems.notAccessManager(canEscalate: held.hasAnyAccess), call, action: action)
        }
        let request = try requireRequest(call, refusal: action)
        return try locks.withLock(call.requestId) {
            if try store.user(id: request.id)?.state == .creating { throw ApprovalProblems.inProgress() }
            guard request.isNew else { throw refuse(ApprovalProblems.notNew(status: request.status), call, action: action) }
            let outcome = try requests.recordStatus(id: request.id, status: "Rejected", systemUserId: nil,
                                                    decidedBy: call.person, decidedAt: DecisionClock.format(clock()),
                                                    deadline: call.deadline)
            if case .conflict(let status) = outcome {
                throw refuse(ApprovalProblems.notNew(status: status), call, action: action)
            }
            try store.record(AuditEntry(actor: call.actor, action: action, target: request.id,
                                        details: [("party", .string(call.party)), ("requestId", .string(request.id))]))
            return answer(request, [("status", "Rejected")])
        }
    }
}
