import HTTPServer
import JSON
import ServiceKit

extension ApprovalRoutes {
    /// §4, §5: the confirm-page reads, approve, reject, escalate and the pending lists. Parameter names are
    /// positional (`{first}`, `{second}`) because the router needs one name per position.
    func installRequests(_ router: inout Router) {
        let request = Self.base + "/request"
        for agent in [false, true] {
            let prefix = agent ? request + "/agent" : request
            router.get(prefix + "/{first}", middleware: person) { _, context in
                var parameters = PathParameters(context)
                let id = parameters.uuid("first", label: "requestId")
                try parameters.check()
                return Self.ok(try workflow.confirmRead(requestId: id, agentRoute: agent,
                                                        person: try PersonAccess.person(context),
                                                        deadline: context.outgoingDeadline))
            }
            for action in ["approve", "reject", "escalate"] {
                router.post(prefix + "/{first}/{second}/" + action, middleware: person) { request, context in
                    // The body is ignored, but one that is sent must still be JSON (§2).
                    if !request.body.isEmpty { try JSONBodyMediaType.require(request) }
                    let call = try decisionCall(context, agent: agent)
                    return Self.ok(try decisions.count(action) {
                        switch action {
                        case "approve": return try workflow.approve(call)
                        case "reject": return try workflow.reject(call)
                        default: return try workflow.escalate(call)
                        }
                    })
                }
            }
            router.get(prefix + "/{first}/{second}/pending", middleware: person) { request, context in
                var parameters = PathParameters(context)
                let party = parameters.organization("first", label: "party")
                let orgNo = parameters.organization("second", label: "orgno")
                if orgNo != party && !orgNo.isEmpty {
                    parameters.add(.invalidValue(path: "{orgno}", detail: "orgno must equal party."))
                }
                var escalated: Bool?
                if let text = request.queryParameters["escalated"] {
                    if text == "true" || text == "false" { escalated = text == "true" } else {
                        parameters.add(.invalidValue(path: "?escalated", detail: "escalated must be true or false."))
                    }
                }
                try parameters.check()
                return Self.ok(try workflow.pending(party: party, type: agent ? .agent : .standard, escalated: escalated,
                                                    person: try PersonAccess.person(context),
                                                    deadline: context.outgoingDeadline))
            }
        }
    }

    private func decisionCall(_ context: RequestContext, agent: Bool) throws -> DecisionCall {
        var parameters = PathParameters(context)
        let party = parameters.organization("first", label: "party")
        let id = parameters.uuid("second", label: "requestId")
        try parameters.check()
        return DecisionCall(person: try PersonAccess.person(context), party: party, requestId: id, agentRoute: agent,
                            deadline: context.outgoingDeadline)
    }
}
