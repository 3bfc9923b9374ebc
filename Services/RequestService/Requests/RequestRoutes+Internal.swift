import Foundation
import HTTPServer
import JSON
import ServiceKit

extension RequestRoutes {
    /// The internal endpoints of `requests.md` §4.8 (platform token); they ask no peer.
    func installInternal(_ router: inout Router, middleware: [any Middleware]) {
        let path = "/internal/requests/{requestId}"
        router.get(path, middleware: middleware) { _, context in
            let id = try RequestProblems.requestId(context.parameter("requestId"))
            guard let request = try store.request(id: id) else { throw RequestProblems.unknownRequest(id) }
            return Self.ok(request.internalJSON(portalURL: portalURL, now: Date()))
        }
        router.post(path + "/status", middleware: middleware) { request, context in try decide(request, context) }
        router.post(path + "/escalate", middleware: middleware) { request, context in try escalate(request, context) }
        router.delete(path, middleware: middleware) { _, context in try internalDelete(context) }
        router.get("/internal/requests", middleware: middleware) { request, _ in
            let query = try InternalRequestQuery(request.queryParameters)
            let now = Date()
            let items = try store.requests(party: query.party, type: query.type, escalated: query.escalated)
                .filter { query.status == nil || $0.status(at: now) == query.status }
            return Self.ok(.object([("data", .array(items.map { $0.internalJSON(portalURL: portalURL, now: now) }))]))
        }
    }

    private func platformActor(_ context: RequestContext) -> AuditActor {
        if case .platform(let platform)? = context.principal { return .platform(app: platform.app) }
        return .platform(app: "")
    }

    private func decide(_ request: HTTPRequest, _ context: RequestContext) throws -> HTTPResponse {
        try JSONBodyMediaType.require(request)
        let text = context.parameter("requestId")
        let sent = RequestBody.parse(request)
        let action = RequestDecision.statusName(in: sent ?? .null) == .rejected ? "request.rejected" : "request.accepted"
        var actor = platformActor(context)
        return try refusing(action: action, target: text, actor: actor) {
            let id = try RequestProblems.requestId(text)
            let now = Date()
            let decision = try RequestDecision.parse(sent, now: now)
            actor = decision.decidedBy.actor
            guard case .platform(let app) = platformActor(context) else { throw ProblemDetails.internalError() }
            switch try store.decide(id: id, decision: decision, app: app, now: now) {
            case .changed(let stored): return Self.decided(stored, changed: true)
            case .unchanged(let stored): return Self.decided(stored, changed: false)
            case .conflict(let status): throw RequestProblems.statusNotNew(status)
            case .unknown: throw RequestProblems.unknownRequest(id)
            }
        }
    }

    private func escalate(_ request: HTTPRequest, _ context: RequestContext) throws -> HTTPResponse {
        try JSONBodyMediaType.require(request)
        let text = context.parameter("requestId")
        let sent = RequestBody.parse(request)
        var actor = platformActor(context)
        return try refusing(action: "request.escalated", target: text, actor: actor) {
            let id = try RequestProblems.requestId(text)
            guard let sent, case .object = sent else {
                throw RequestFailures.single(.invalidJSON(path: "/", detail: "The body must be a JSON object."))
            }
            var failures = RequestFailures()
            let person = PersonReference.parse(BodyNormalization.normalize(sent)["escalatedby"], path: "/escalatedBy",
                                               rank: 0, failures: &failures)
            try failures.check()
            guard let person else { throw RequestFailures.single(.missing(path: "/escalatedBy")) }
            actor = person.actor
            switch try store.escalate(id: id, by: person, now: Date()) {
            case .changed(let stored): return Self.escalated(stored, changed: true)
            case .unchanged(let stored): return Self.escalated(stored, changed: false)
            case .conflict(let status): throw RequestProblems.statusNotNew(status)
            case .unknown: throw RequestProblems.unknownRequest(id)
            }
        }
    }

    /// `DELETE /internal/requests/{id}`: 204 whether or not it was deleted before; 404 only if it never existed.
    private func internalDelete(_ context: RequestContext) throws -> HTTPResponse {
        let text = context.parameter("requestId")
        let actor = platformActor(context)
        return try refusing(action: "request.deleted", target: text, actor: actor) {
            let id = try RequestProblems.requestId(text)
            guard try store.request(id: id) != nil else { throw RequestProblems.unknownRequest(id) }
            _ = try store.softDelete(id: id, actor: actor)
            return HTTPResponse(status: 204)
        }
    }

    private static func decided(_ request: SystemUserRequest, changed: Bool) -> HTTPResponse {
        ok(.object([("id", .string(request.id)), ("status", .string(request.storedStatus.rawValue)),
                    ("changed", .bool(changed))]))
    }

    private static func escalated(_ request: SystemUserRequest, changed: Bool) -> HTTPResponse {
        ok(.object([("id", .string(request.id)), ("escalated", .bool(true)),
                    ("escalatedAt", .string(request.escalatedAt ?? "")), ("changed", .bool(changed))]))
    }
}
