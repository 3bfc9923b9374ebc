import JSON

/// An RFC 9457 problem (`spec/README.md` §Errors): `type` is `urn:altinn:error:<code>`, `traceId` the
/// request id, `instance` the request path (absent when the request could not be parsed).
/// Throw it from a handler; it renders itself as `application/problem+json`.
public struct ProblemDetails: Error, HTTPResponseError, Sendable {
    public var status: Int
    public var code: String
    public var title: String
    public var detail: String?
    /// Extension members, in order (`NotFoundPackages`, `validationErrors`, `peer`…). An extension named
    /// `status` takes the place of the numeric member: the contract's 409 `AUTH-00013` names the request's
    /// status that way (`"status": "Accepted"`), and a document must not hold the same member twice. The
    /// HTTP status line still carries the number.
    public var extensions: [(String, JSONValue)]
    public var headers: HTTPHeaders

    public init(status: Int, code: String, title: String, detail: String? = nil,
                extensions: [(String, JSONValue)] = [], headers: HTTPHeaders = HTTPHeaders()) {
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail
        self.extensions = extensions
        self.headers = headers
    }

    public func body(instance: String?, traceId: String) -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.member("type", "urn:altinn:error:\(code)")
        json.member("title", title)
        if let replacement = extensions.first(where: { $0.0 == "status" }) {
            json.member("status", replacement.1)
        } else {
            json.member("status", status)
        }
        if let detail { json.member("detail", detail) }
        json.member("code", code)
        if let instance { json.member("instance", instance) }
        json.member("traceId", traceId)
        for (name, value) in extensions where name != "status" { json.member(name, value) }
        json.endObject()
        return json.bytes
    }

    public func response(instance: String?, traceId: String) -> HTTPResponse {
        var headers = self.headers
        headers.set("Content-Type", "application/problem+json")
        return HTTPResponse(status: status, headers: headers, body: body(instance: instance, traceId: traceId))
    }

    public func response(for request: HTTPRequest, context: RequestContext) -> HTTPResponse {
        response(instance: request.path, traceId: context.requestId)
    }
}

extension ProblemDetails {
    /// The problem for a request the HTTP layer refused (no `instance`).
    public init(_ error: HTTPParseError) {
        self.init(status: error.status, code: error.code, title: error.title, detail: error.detail)
    }

    public static func notFound(_ path: String) -> ProblemDetails {
        ProblemDetails(status: 404, code: "STD-00404", title: "No such route.", detail: "No route matches \(path).")
    }

    public static func methodNotAllowed(allowed: [HTTPMethod]) -> ProblemDetails {
        ProblemDetails(status: 405, code: "STD-00405", title: "Method not allowed.",
                       headers: ["Allow": allowed.map(\.rawValue).joined(separator: ", ")])
    }

    public static func internalError() -> ProblemDetails {
        ProblemDetails(status: 500, code: "STD-00500", title: "Internal error.")
    }

    /// 503 at the connection limit: no `peer`, `Retry-After: 1`.
    public static func overloaded() -> ProblemDetails {
        ProblemDetails(status: 503, code: "STD-00503", title: "A peer service is unavailable.",
                       detail: "The server is at its connection limit.", headers: ["Retry-After": "1"])
    }
}
