import Foundation
import HTTPServer
import JSON

/// The routes every service serves (`spec/README.md` §Services): health, metrics, the OpenAPI
/// document, and for services with a database the integrity check and the audit trail.
enum CommonRoutes {
    static func install(_ router: inout Router, _ service: ServiceContext) {
        router.get("/health/live", execution: .eventLoop) { _, _ in statusResponse("ok", status: 200) }
        router.get("/health/ready") { _, _ in
            let state = service.readiness.current
            return statusResponse(state == .ready ? "ok" : state.rawValue, status: state == .ready ? 200 : 503)
        }
        router.get("/metrics") { _, _ in
            .text(service.metrics.exposition(), contentType: "text/plain; version=0.0.4; charset=utf-8")
        }
        let document = Array(service.definition.openAPIDocument.utf8)
        router.get("/openapi.json") { _, _ in .json(document) }

        guard let database = service.database else { return }
        let internalJSON = service.platformOnly + [JSONContentNegotiation()]
        router.get("/internal/health/integrity", middleware: internalJSON) { _, _ in
            let messages = try database.integrityCheck()
            if messages == ["ok"] { return .json(JSONValue.object([("integrity", "ok")]).encoded()) }
            return .json(JSONValue.object([("integrity", "failed"), ("messages", JSONValue(messages))]).encoded(),
                         status: 503)
        }
        router.get("/internal/audit", middleware: internalJSON) { request, _ in
            let query = try AuditQuery(request.queryParameters)
            let page = try database.read { try AuditLog.page($0, after: query.after, since: query.since, limit: query.limit) }
            var json = JSONWriter(capacity: 256 * (page.items.count + 1))
            json.beginObject()
            json.key("items")
            json.beginArray()
            for item in page.items { json.raw(item) }
            json.endArray()
            json.key("next")
            if let next = page.next { json.int(next) } else { json.null() }
            json.endObject()
            return .json(json.bytes)
        }
    }

    static func statusResponse(_ status: String, status code: Int) -> HTTPResponse {
        .json(JSONValue.object([("status", .string(status))]).encoded(), status: code)
    }
}

/// `?after=<id>&since=<RFC 3339>&limit=<1..1000>` of `GET /internal/audit`.
struct AuditQuery {
    var after: Int64?
    var since: Date?
    var limit = 100

    init(_ query: QueryParameters) throws {
        var failures = ValidationFailures()
        if let text = query["after"], !text.isEmpty {
            if let value = Int64(text), value >= 0 { after = value } else {
                failures.add(.invalidValue(path: "?after", detail: "after must be an integer ≥ 0."))
            }
        }
        if let text = query["since"], !text.isEmpty {
            if let value = Timestamp.parse(text) { since = value } else {
                failures.add(.invalidValue(path: "?since", detail: "since must be an RFC 3339 time."))
            }
        }
        if let text = query["limit"], !text.isEmpty {
            if let value = Int(text), (1...1000).contains(value) { limit = value } else {
                failures.add(.invalidValue(path: "?limit", detail: "limit must be an integer from 1 to 1000."))
            }
        }
        try failures.check()
    }
}
