/// Why `HTTPServer.start()` failed. Each case keeps the `errno` of the failing call.
public enum HTTPServerError: Error, Equatable, Sendable {
    /// `host` is neither an IP address nor a name that resolves.
    case invalidHost(String)
    case socketFailed(errno: Int32)
    /// The address is taken (`EADDRINUSE`) or not ours to bind (`EACCES`, `EADDRNOTAVAIL`).
    case bindFailed(host: String, port: UInt16, errno: Int32)
    case listenFailed(errno: Int32)
    /// epoll or eventfd could not be created.
    case eventLoopFailed(errno: Int32)
    /// `start()` was called twice, or after `shutdown`.
    case alreadyStarted
}
