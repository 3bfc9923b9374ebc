/// A small HTTP/1.1 server on POSIX sockets.
///
/// Public surface (implemented across `HTTPServer*.swift`, `Socket/`, `Connection*.swift`):
/// - `init(configuration:responder:)`
/// - `start() throws` binds, listens and starts the event loop; returns once connections are accepted.
/// - `boundPort` is the port actually bound (useful with port 0).
/// - `openConnections` for the `http_connections_open` gauge.
/// - `beginDraining()`: from now on every response carries `Connection: close`.
/// - `shutdown(timeout:)`: stop accepting, close idle keep-alive connections, let in-flight requests
///   finish for up to `timeout` seconds, then close what is still open. Returns when all is closed.
public final class HTTPServer: Sendable {
    public let configuration: Configuration
    public let responder: any Responder

    public init(configuration: Configuration, responder: any Responder) {
        self.configuration = configuration
        self.responder = responder
    }
}
