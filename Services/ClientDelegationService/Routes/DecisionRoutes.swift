import Auth
import HTTPClient
import HTTPServer
import JSON
import ServiceKit

/// `delegation.md` §7: `POST /authorization/api/v1/decision`.
struct DecisionRoutes: Sendable {
    static let path = "/authorization/api/v1/decision"

    let service: DelegationService

    static func install(_ router: inout Router, service: DelegationService, context: ServiceContext) {
        let routes = DecisionRoutes(service: service)
        let middleware = context.requireToken(kinds: [.platform, .vendor],
                                              anyOfScopes: [AuthScope.authorize, AuthScope.platformInternal])
            + [JSONContentNegotiation()]
        for slash in ["", "/"] {
            router.post(path + slash, middleware: middleware, execution: .eventLoop) { request, context in
                try routes.decide(request, context)
            }
        }
    }

    func decide(_ request: HTTPRequest, _ context: RequestContext) throws -> HTTPResponse {
        if case .vendor(let vendor)? = context.principal, !vendor.scopes.contains(AuthScope.authorize) {
            throw ProblemDetails(AuthError.forbidden(detail: "A vendor token needs altinn:authorization/authorize.",
                                                     requiredScopes: [AuthScope.authorize, AuthScope.platformInternal],
                                                     acceptedTokenKinds: [.platform, .vendor]))
        }
        try JSONBodyMediaType.require(request)
        guard let body = try? JSONValue.parse(request.body) else {
            throw ProblemDetails.validation([.invalidJSON(path: "/", detail: "The body is not valid JSON.")])
        }
        switch DecisionRequestParser.parse(body) {
        case .invalid(let failures):
            throw ProblemDetails.validation(failures)
        case .xacmlSyntaxError:
            count("Indeterminate", "syntax-error")
            return .json(Decision.xacml("Indeterminate", status: "urn:oasis:names:tc:xacml:1.0:status:syntax-error"))
        case .question(let question, let xacml):
            let decision = try decide(question, context)
            count(decision.decision, decision.code)
            return .json(xacml ? Decision.xacml(decision.decision) : decision.json())
        }
    }

    /// On the event loop from the cache alone; a cache miss sends the request to a worker, which may
    /// call the Registry. Only the attempt that answers counts its cache lookups.
    private func decide(_ question: DecisionQuestion, _ context: RequestContext) throws -> Decision {
        guard context.isOnEventLoop else {
            return try service.engine.decide(question, deadline: context.outgoingDeadline)
        }
        let tally = CacheLookupTally()
        do {
            let decision = try service.cacheOnlyEngine(counting: tally).decide(question, deadline: context.outgoingDeadline)
            tally.record(in: service.metrics)
            return decision
        } catch .notAttempted {
            throw WorkerRequired()
        }
    }

    private func count(_ decision: String, _ code: String) {
        service.metrics.increment("delegation_decisions_total", help: "Decisions answered.",
                                  labels: [("decision", decision), ("reason_code", code)])
    }
}
