import Foundation
import HTTPServer
import JSON

/// Counts and times every request by its route template, and writes the access log line
/// (`spec/README.md` §Common rules, Access log). Query strings, bodies and `Authorization` are never logged.
public struct ObservabilityMiddleware: Middleware {
    let metrics: MetricsRegistry
    let logger: Logger

    public init(metrics: MetricsRegistry, logger: Logger) {
        self.metrics = metrics
        self.logger = logger
    }

    public func handle(_ request: HTTPRequest, context: RequestContext,
                       next: (HTTPRequest, RequestContext) throws -> HTTPResponse) throws -> HTTPResponse {
        let start = DispatchTime.now().uptimeNanoseconds
        let response = try next(request, context)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        metrics.recordRequest(method: request.method.rawValue, route: context.route, status: response.status,
                              seconds: seconds)
        if logger.isEnabled(.info) {
            logAccess(request, context, response, durationMs: seconds * 1000)
        }
        return response
    }

    private func logAccess(_ request: HTTPRequest, _ context: RequestContext, _ response: HTTPResponse,
                           durationMs: Double) {
        let bytes: Int64
        switch response.body {
        case .bytes(let body): bytes = Int64(body.count)
        case .stream: bytes = -1
        }
        var json = JSONWriter(capacity: 256)
        json.beginObject()
        json.member("ts", Timestamp.rfc3339(Date()))
        json.member("level", "info")
        json.member("requestId", context.requestId)
        json.member("method", request.method.rawValue)
        json.member("route", context.route)
        json.member("path", request.path)
        json.member("status", response.status)
        json.key("durationMs"); json.double((durationMs * 1000).rounded() / 1000)
        json.key("bytes"); if bytes >= 0 { json.int(bytes) } else { json.null() }
        json.member("remote", context.remoteAddress)
        json.endObject()
        logger.writeLine(json.bytes)
    }
}
