import HTTPServer

/// A responder made of a closure, for tests.
struct ClosureResponder: Responder {
    let handler: @Sendable (HTTPRequest, RequestContext) -> HTTPResponse
    func respond(to request: HTTPRequest, context: RequestContext) -> HTTPResponse {
        handler(request, context)
    }
}

/// Starts an `HTTPServer` on 127.0.0.1, port 0, with a small worker pool; `configure` adjusts the
/// configuration first. The caller shuts it down (`server.shutdown(timeout:)`), typically in a `defer`.
func startTestServer(
    configure: (inout HTTPServer.Configuration) -> Void = { _ in },
    handler: @escaping @Sendable (HTTPRequest, RequestContext) -> HTTPResponse
) throws -> HTTPServer {
    var configuration = HTTPServer.Configuration(host: "127.0.0.1", port: 0)
    configuration.workerThreads = 4
    configure(&configuration)
    let server = HTTPServer(configuration: configuration, responder: ClosureResponder(handler: handler))
    try server.start()
    return server
}

extension HTTPServer {
    /// A connected `RawClient` for this server.
    func client() throws -> RawClient { try RawClient(port: boundPort) }
}
