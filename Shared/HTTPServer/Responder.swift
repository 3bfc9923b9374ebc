/// Turns a request into a response. Responders run on the server's blocking worker pool, so they may
/// block on SQLite or on outgoing HTTP calls without stalling other connections.
///
/// A responder may also answer some requests on the event loop thread itself (see `Route.Execution`):
/// that saves the hand-over to a worker thread, which costs more than a short lookup does.
public protocol Responder: Sendable {
    func respond(to request: HTTPRequest, context: RequestContext) -> HTTPResponse

    /// Whether `respondOnEventLoop` can ever answer; when false the event loop hands every readable
    /// connection straight to a worker.
    var answersOnEventLoop: Bool { get }

    /// On the event loop thread (`context.isOnEventLoop`): the response when the request may be answered
    /// there and was; nil hands the request to a worker thread, which calls `respond` from the start.
    func respondOnEventLoop(to request: HTTPRequest, context: RequestContext) -> HTTPResponse?

    /// On each event loop thread that answers requests, once before it first waits for events.
    func eventLoopWillStart()

    /// On each event loop thread that answers requests, after each batch of ready events and before it
    /// waits again: the end of anything kept for one batch (a database read transaction).
    func eventLoopBatchDidEnd()
}

extension Responder {
    public var answersOnEventLoop: Bool { false }

    public func respondOnEventLoop(to request: HTTPRequest, context: RequestContext) -> HTTPResponse? { nil }

    public func eventLoopWillStart() {}

    public func eventLoopBatchDidEnd() {}
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
