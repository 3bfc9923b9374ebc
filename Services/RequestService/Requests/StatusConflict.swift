import HTTPServer
import JSON

/// 409 `AUTH-00013` (`requests.md` §4.8): the spec names the request's current status as the extension
/// `status`, which collides with RFC 9457's numeric `status` member. The problem is written with one
/// `status` member holding the request status (`"status": "Accepted"`), so that JSON readers see one
/// unambiguous value; the HTTP status line carries 409.
struct StatusConflict: Error, HTTPResponseError {
    let current: RequestStatus

    var problem: ProblemDetails {
        RequestProblems.problem("AUTH-00013", detail: "The request's status is \(current.rawValue), not New.")
    }

    func response(for request: HTTPRequest, context: RequestContext) -> HTTPResponse {
        let problem = self.problem
        var json = JSONWriter()
        json.beginObject()
        json.member("type", "urn:altinn:error:\(problem.code)")
        json.member("title", problem.title)
        json.member("status", current.rawValue)
        if let detail = problem.detail { json.member("detail", detail) }
        json.member("code", problem.code)
        json.member("instance", request.path)
        json.member("traceId", context.requestId)
        json.endObject()
        return HTTPResponse(status: 409, headers: ["Content-Type": "application/problem+json"], body: json.bytes)
    }
}
