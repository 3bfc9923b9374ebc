import HTTPServer

/// Adds `X-Registry-Position` to every route's response (§1), unless the handler set it itself:
/// a write carries the id of its own change, an internal read the position it read.
struct PositionHeader: Middleware {
    static let name = "X-Registry-Position"
    let position: ChangePosition

    func handle(_ request: HTTPRequest, context: RequestContext,
                next: (HTTPRequest, RequestContext) throws -> HTTPResponse) throws -> HTTPResponse {
        var response: HTTPResponse
        do {
            response = try next(request, context)
        } catch let error as any HTTPResponseError {
            response = error.response(for: request, context: context)
        }
        if !response.headers.contains(Self.name) {
            response.headers.add(Self.name, String(position.current))
        }
        return response
    }
}
