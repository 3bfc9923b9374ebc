import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server on POSIX sockets.
///
/// Public surface:
/// - `init(configuration:responder:)`
/// - `start() throws` binds, listens and starts the event loop; returns once connections are accepted.
///   It throws `HTTPServerError`.
/// - `boundPort` is the port actually bound (useful with port 0); 0 before `start()`.
/// - `openConnections` for the `http_connections_open` gauge.
/// - `beginDraining()`: from now on every response carries `Connection: close`.
/// - `shutdown(timeout:)`: stop accepting, close idle keep-alive connections, let in-flight requests
///   finish for up to `timeout` seconds, then close what is still open. Returns when all is closed.
/// - `waitUntilStopped()` blocks until `shutdown` has finished.
///
/// Design: an event loop thread owns an epoll instance (`Socket/EventLoop.swift`); connections are
/// armed with `EPOLLONESHOT`. A readable one goes to a fixed pool of `workerThreads` threads
/// (`WorkerPool`), where a worker reads, parses, runs the responder for each complete request in order,
/// writes each response with one `send`/`sendmsg` and re-arms the connection. Responders may block.
/// Routes declared `Route.Execution.eventLoop` are answered on the event loop thread itself, which never
/// waits on a client (`ServerRuntime+Serve.swift`); then `eventLoops` loops share the connections.
/// Timeouts are enforced by a sweep of the first event loop every 250 ms on a monotonic clock.
public final class HTTPServer: Sendable {
    public let configuration: Configuration
    public let responder: any Responder

    private enum Lifecycle {
        case idle
        case running(ServerRuntime)
        case stopped(ServerRuntime?)
    }

    private let lifecycle = Mutex<Lifecycle>(.idle)

    public init(configuration: Configuration, responder: any Responder) {
        self.configuration = configuration
        self.responder = responder
    }

    /// Binds, listens and starts the event loop and the workers. Throws `HTTPServerError`.
    public func start() throws {
        try lifecycle.withLock { (lifecycle: inout Lifecycle) throws(HTTPServerError) in
            guard case .idle = lifecycle else { throw .alreadyStarted }
            // A client that vanishes must never kill the process (writes also use MSG_NOSIGNAL).
            signal(SIGPIPE, SIG_IGN)
            let runtime = try ServerRuntime(configuration: configuration, responder: responder)
            runtime.start()
            lifecycle = .running(runtime)
        }
    }

    /// The bound port; 0 before `start()`.
    public var boundPort: UInt16 { runtime?.boundPort ?? 0 }

    /// Connections currently open (lingering closes excluded). Safe from any thread.
    public var openConnections: Int { runtime?.table.openCount ?? 0 }

    public var isDraining: Bool { runtime?.draining.load(ordering: .relaxed) ?? false }

    /// From now on every response carries `Connection: close` and its connection closes after it.
    public func beginDraining() {
        runtime?.draining.store(true, ordering: .relaxed)
    }

    /// Stops accepting, closes idle keep-alive connections, waits up to `timeout` seconds for
    /// connections with a request in flight, then closes the rest and stops the event loop.
    /// A responder still running after that keeps its worker thread until it returns, but its socket
    /// is shut down. Returns once the event loop has stopped. Calling it again just waits.
    public func shutdown(timeout: Double) {
        let runtime: ServerRuntime? = lifecycle.withLock { lifecycle in
            switch lifecycle {
            case .idle:
                lifecycle = .stopped(nil)
                return nil
            case .running(let runtime):
                lifecycle = .stopped(runtime)
                return runtime
            case .stopped:
                return nil
            }
        }
        guard let runtime else {
            waitUntilStopped()
            return
        }
        runtime.draining.store(true, ordering: .relaxed)
        runtime.advance(to: .closingIdle)
        let deadline = MonotonicClock.now() + MonotonicClock.nanoseconds(timeout)
        while runtime.table.openCount > 0, MonotonicClock.now() < deadline {
            usleep(5_000)
        }
        runtime.advance(to: .forcing)
        runtime.advance(to: .stopping)
        runtime.waitUntilStopped()
    }

    /// Blocks until the server has stopped (returns at once if it never started).
    public func waitUntilStopped() {
        let runtime: ServerRuntime? = lifecycle.withLock { lifecycle in
            switch lifecycle {
            case .idle: return nil
            case .running(let runtime): return runtime
            case .stopped(let runtime): return runtime
            }
        }
        runtime?.waitUntilStopped()
    }

    private var runtime: ServerRuntime? {
        lifecycle.withLock { lifecycle in
            switch lifecycle {
            case .idle: return nil
            case .running(let runtime): return runtime
            case .stopped(let runtime): return runtime
            }
        }
    }
}
