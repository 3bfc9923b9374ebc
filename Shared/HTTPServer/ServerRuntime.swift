import Foundation
import Synchronization

/// A started server: the listener, the event loop thread, the worker pool and the connections.
/// `HTTPServer` creates one in `start()`; the event loop thread and the workers share it.
final class ServerRuntime: Sendable {
    /// How far shutdown has gone; only ever increases.
    enum Stage: Int, Comparable {
        case running = 0
        /// The listener is closed and idle keep-alive connections are closed as they are found.
        case closingIdle = 1
        /// Every remaining connection is closed (busy ones are interrupted).
        case forcing = 2
        /// The event loop thread ends.
        case stopping = 3

        static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    static let listenerToken = UInt64.max - 1
    /// Timeout sweeps run this often; it is also the event loop's longest sleep.
    static let sweepIntervalMilliseconds: Int32 = 250
    /// How long a closing connection's input is read and discarded after our last response, so the
    /// client reads that response before any reset.
    static let lingerSeconds = 2.0

    let configuration: HTTPServer.Configuration
    let responder: any Responder
    /// Whether the event loop answers `.eventLoop` routes itself (the responder has some, and the
    /// configuration allows it).
    let answersOnEventLoop: Bool
    let listener: Socket
    let boundPort: UInt16
    /// The first loop also owns the listener and the timeout sweep of every connection.
    let loops: [EventLoop]
    let table = ConnectionTable()
    let pool = WorkerPool<Connection>()
    let draining = Atomic<Bool>(false)
    private let stageValue = Atomic<Int>(Stage.running.rawValue)
    private let stopped = DispatchSemaphore(value: 0)

    let readTimeout: UInt64
    let idleTimeout: UInt64
    /// A write that makes no progress for this long fails and closes the connection.
    let stallTimeoutSeconds: Double

    init(configuration: HTTPServer.Configuration, responder: any Responder) throws(HTTPServerError) {
        self.configuration = configuration
        self.responder = responder
        self.answersOnEventLoop = configuration.answersOnEventLoop && responder.answersOnEventLoop
        let listener = try Socket.listening(host: configuration.host, port: configuration.port,
                                            backlog: configuration.listenBacklog)
        var loops: [EventLoop] = []
        do {
            for _ in 0..<(answersOnEventLoop ? max(1, configuration.eventLoops) : 1) { loops.append(try EventLoop()) }
        } catch {
            listener.close()
            throw error
        }
        guard loops[0].addListener(listener.fd, token: Self.listenerToken) else {
            let code = errno
            listener.close()
            throw .eventLoopFailed(errno: code)
        }
        self.listener = listener
        self.loops = loops
        self.boundPort = listener.localPort
        self.readTimeout = MonotonicClock.nanoseconds(configuration.readTimeoutSeconds)
        self.idleTimeout = MonotonicClock.nanoseconds(configuration.idleTimeoutSeconds)
        self.stallTimeoutSeconds = max(configuration.idleTimeoutSeconds, 1)
    }

    /// Starts the workers and the event loop thread.
    func start() {
        pool.start(threads: configuration.workerThreads, name: "http-worker") { [self] in
            var scratch = WorkerScratch(stallTimeout: stallTimeoutSeconds)
            return { connection in self.serve(connection, scratch: &scratch) }
        }
        let others = DispatchGroup()
        for index in loops.indices.dropFirst() {
            others.enter()
            let thread = Thread { [self] in
                runEventLoop(index)
                others.leave()
            }
            thread.name = "http-event-loop-\(index)"
            thread.start()
        }
        let thread = Thread { [self] in
            runEventLoop(0)
            others.wait()
            pool.stop()
            stopped.signal()
        }
        thread.name = "http-event-loop"
        thread.start()
    }

    var stage: Stage { Stage(rawValue: stageValue.load(ordering: .acquiring)) ?? .stopping }

    /// Moves shutdown forward to `stage` (never back) and wakes the event loop to act on it.
    func advance(to stage: Stage) {
        var current = stageValue.load(ordering: .acquiring)
        while current < stage.rawValue {
            let (exchanged, original) = stageValue.compareExchange(expected: current, desired: stage.rawValue,
                                                                   ordering: .acquiringAndReleasing)
            if exchanged { break }
            current = original
        }
        for loop in loops { loop.wake() }
    }

    /// Blocks until the event loop thread has ended.
    func waitUntilStopped() {
        stopped.wait()
        stopped.signal()  // let other waiters through too
    }
}

/// What each worker thread keeps between jobs.
struct WorkerScratch {
    var writer: ResponseWriter
    var identifiers = RequestIdentifierGenerator()

    init(stallTimeout: Double) {
        writer = ResponseWriter(stallTimeout: stallTimeout)
    }
}
