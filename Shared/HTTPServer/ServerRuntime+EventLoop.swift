import CSystem
#if canImport(Glibc)
import Glibc
#endif

/// What the event loop thread keeps for itself.
struct EventLoopScratch {
    /// For the answers the event loop writes itself: `.eventLoop` routes, 408 and 503. It never waits
    /// on a client, so the stall timeout is unused.
    var responses = WorkerScratch(stallTimeout: 0)
    /// Where the input of lingering connections is read and dropped.
    var discard = [UInt8](repeating: 0, count: 16 * 1024)
    var listenerOpen = true
    /// The loop the next accepted connection goes to.
    var nextLoop = 0
    var lastSweep: UInt64 = 0
    var lastStage = ServerRuntime.Stage.running
}

extension ServerRuntime {
    /// An event loop thread: answers requests for `.eventLoop` routes, hands other readable connections
    /// to the workers and drains lingering ones. The first loop (`index` 0) also accepts, spreading new
    /// connections over the loops, and sweeps every connection for timeouts. It never blocks on a client.
    func runEventLoop(_ index: Int) {
        let loop = loops[index]
        let capacity: Int32 = 256
        let events = UnsafeMutablePointer<epoll_event>.allocate(capacity: Int(capacity))
        defer { events.deallocate() }
        var scratch = EventLoopScratch()
        scratch.lastSweep = MonotonicClock.now()
        if answersOnEventLoop { responder.eventLoopWillStart() }
        while true {
            loop.wait(into: events, capacity: capacity, timeoutMilliseconds: Self.sweepIntervalMilliseconds) { event in
                switch event.token {
                case EventLoop.wakeToken: break
                case Self.listenerToken: acceptConnections(&scratch)
                default: dispatch(Int32(truncatingIfNeeded: event.token), &scratch)
                }
            }
            if answersOnEventLoop { responder.eventLoopBatchDidEnd() }
            let stage = self.stage
            if index > 0 {
                if stage == .stopping { return }
                continue
            }
            if stage >= .closingIdle, scratch.listenerOpen {
                loop.remove(listener.fd)
                listener.close()
                scratch.listenerOpen = false
            }
            let now = MonotonicClock.now()
            if stage != scratch.lastStage || now - scratch.lastSweep >= UInt64(Self.sweepIntervalMilliseconds) * 1_000_000 {
                sweep(now: now, stage: stage, &scratch)
                scratch.lastSweep = now
                scratch.lastStage = stage
            }
            if stage == .stopping { break }
        }
        sweep(now: MonotonicClock.now(), stage: .stopping, &scratch)
    }

    private func acceptConnections(_ scratch: inout EventLoopScratch) {
        for _ in 0..<64 {
            switch listener.accept() {
            case .wouldBlock:
                return
            case .failed(let code):
                // Out of descriptors: back off briefly instead of spinning on a readable listener.
                if code == EMFILE || code == ENFILE { usleep(10_000) }
                return
            case .accepted(let socket, let remoteAddress):
                let now = MonotonicClock.now()
                let connection = Connection(socket: socket, remoteAddress: remoteAddress, loop: loops[scratch.nextLoop],
                                            limits: configuration.limits, now: now)
                scratch.nextLoop = (scratch.nextLoop + 1) % loops.count
                if table.openCount >= configuration.maxConnections {
                    reject(connection, now: now, &scratch)
                } else {
                    table.insert(connection, countsAsOpen: true)
                    if !connection.loop.addConnection(socket.fd) { close(connection) }
                }
            }
        }
    }

    /// At the connection limit: 503 with `Retry-After: 1`, then a lingering close. The rejected
    /// connection never counts as open, so the limit stays exact.
    private func reject(_ connection: Connection, now: UInt64, _ scratch: inout EventLoopScratch) {
        let requestId = scratch.responses.identifiers.next()
        let bytes = scratch.responses.writer.serialize(ProblemDetails.overloaded().response(instance: nil, traceId: requestId),
                                             requestId: requestId)
        bytes.withUnsafeBytes { _ = connection.socket.sendNow($0) }
        connection.socket.shutdownWrite()
        connection.state.withLock { shared in
            shared.phase = .lingering
            shared.isClosing = true
            shared.lingerUntil = now + MonotonicClock.nanoseconds(Self.lingerSeconds)
        }
        table.insert(connection, countsAsOpen: false)
        if !connection.loop.addConnection(connection.socket.fd) { close(connection) }
    }

    private func dispatch(_ fd: Int32, _ scratch: inout EventLoopScratch) {
        guard let connection = table.lookup(fd) else { return }
        let phase = connection.state.withLock { shared in
            let phase = shared.phase
            if phase == .waiting { shared.phase = .busy }
            return phase
        }
        switch phase {
        case .waiting:
            if answersOnEventLoop {
                serveOnEventLoop(connection, scratch: &scratch.responses)
            } else {
                pool.submit(connection)
            }
        case .lingering: discardInput(connection, &scratch)
        case .busy, .closed: break
        }
    }

    /// Reads and drops a lingering connection's input; closes it at end of stream.
    private func discardInput(_ connection: Connection, _ scratch: inout EventLoopScratch) {
        for _ in 0..<16 {
            let result = scratch.discard.withUnsafeMutableBytes { connection.socket.receive(into: $0) }
            switch result {
            case .received: continue
            case .wouldBlock:
                if !connection.loop.rearm(connection.socket.fd) { close(connection) }
                return
            case .closed:
                close(connection)
                return
            }
        }
        if !connection.loop.rearm(connection.socket.fd) { close(connection) }
    }
}
