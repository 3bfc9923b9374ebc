/// Turns a request into a response. Responders run on the server's blocking worker pool, so they may
/// block on SQLite or on outgoing HTTP calls without stalling other connections.
public protocol Responder: Sendable {
    func respond(to request: HTTPRequest, context: RequestContext) -> HTTPResponse
}

public typealias Handler = @Sendable (HTTPRequest, RequestContext) throws -> HTTPResponse

/// One middleware signature (after hummingbird): look at the request, call `next`, look at the response.
public protocol Middleware: Sendable {
    func handle(_ request: HTTPRequest, context: RequestContext,
                next: (HTTPRequest, RequestContext) throws -> HTTPResponse) throws -> HTTPResponse
}

/// An error that knows its own response, so handlers just `throw`.
public protocol HTTPResponseError: Error {
    func response(for request: HTTPRequest, context: RequestContext) -> HTTPResponse
}
