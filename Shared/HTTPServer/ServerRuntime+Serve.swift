extension ServerRuntime {
    enum ServeOutcome {
        /// Wait for more bytes.
        case keepOpen
        /// A final response went out: half-close and linger.
        case closeGracefully
        /// The peer is gone or a write failed.
        case closeNow
        /// Only from the event loop: a worker must go on with the connection (see `HandedOverWork`).
        case handOver
    }

    /// Where a connection is being served: the event loop answers only `.eventLoop` routes and never
    /// waits on the client; a worker answers everything.
    enum Server {
        case eventLoop
        case worker

        var isEventLoop: Bool { self == .eventLoop }
    }

    /// How many pipelined requests the event loop answers on one connection before a worker takes the
    /// rest, so that one client cannot hold the event loop.
    static let eventLoopRequestsPerTurn = 16

    /// A worker's job: finish what the event loop handed over, answer every complete request in order
    /// (pipelining), read what the connection has, then park, linger or close it.
    func serve(_ connection: Connection, scratch: inout WorkerScratch) {
        var outcome = ServeOutcome.keepOpen
        if let work = connection.handedOver {
            connection.handedOver = nil
            outcome = finish(work, on: connection, &scratch)
        }
        if outcome == .keepOpen, !connection.buffer.isEmpty {
            outcome = respondToBuffered(connection, &scratch, on: .worker)
        }
        if outcome == .keepOpen {
            outcome = readAndRespond(connection, &scratch, on: .worker)
        }
        settle(connection, outcome)
    }

    /// The event loop's turn on a readable connection: it answers `.eventLoop` routes itself and hands
    /// the connection to a worker at the first request it may not answer or write without waiting.
    func serveOnEventLoop(_ connection: Connection, scratch: inout WorkerScratch) {
        let outcome = readAndRespond(connection, &scratch, on: .eventLoop)
        if outcome == .handOver {
            pool.submit(connection)
        } else {
            settle(connection, outcome)
        }
    }

    private func settle(_ connection: Connection, _ outcome: ServeOutcome) {
        switch outcome {
        case .keepOpen: park(connection)
        case .closeGracefully: linger(connection)
        case .closeNow, .handOver: close(connection)
        }
    }

    private func readAndRespond(_ connection: Connection, _ scratch: inout WorkerScratch,
                                on server: Server) -> ServeOutcome {
        while true {
            let socket = connection.socket
            let (result, filled) = connection.buffer.fill { socket.receive(into: $0) }
            switch result {
            case .closed:
                return .closeNow
            case .wouldBlock:
                return .keepOpen
            case .received:
                let now = MonotonicClock.now()
                connection.lastReceive = now
                if connection.partialSince == nil { connection.partialSince = now }
            }
            let outcome = respondToBuffered(connection, &scratch, on: server)
            // A short read means the socket is drained; epoll reports anything that arrives later. The
            // event loop reads once per turn: what is left in the socket makes epoll report it again.
            if outcome != .keepOpen || !filled || server.isEventLoop { return outcome }
        }
    }

    private func respondToBuffered(_ connection: Connection, _ scratch: inout WorkerScratch,
                                   on server: Server) -> ServeOutcome {
        var answered = 0
        while !connection.buffer.isEmpty {
            if server.isEventLoop, answered == Self.eventLoopRequestsPerTurn { return .handOver }
            let result = connection.buffer.withUnread { connection.parser.parse($0) }
            switch result {
            case .needMore(let expectsContinue):
                if expectsContinue, !connection.continueSent {
                    // `100 Continue` may wait on the client: a worker sends it.
                    if server.isEventLoop { return .handOver }
                    connection.continueSent = true
                    if !scratch.writer.writeContinue(to: connection.socket) { return .closeNow }
                }
                return .keepOpen
            case .request(let request, let consumed):
                connection.buffer.consume(consumed)
                connection.continueSent = false
                let outcome = respond(to: request, on: connection, &scratch, on: server)
                if case .request = connection.handedOver { return .handOver }
                noteAnswered(connection)
                answered += 1
                if outcome != .keepOpen { return outcome }
            case .failure(let error):
                return refuse(error, on: connection, &scratch, on: server)
            }
        }
        return .keepOpen
    }

    private func noteAnswered(_ connection: Connection) {
        let now = MonotonicClock.now()
        connection.servedRequests += 1
        connection.idleSince = now
        connection.partialSince = connection.buffer.isEmpty ? nil : now
    }

    /// Answers a request; on the event loop only an `.eventLoop` route, otherwise the request is left
    /// for a worker (`handedOver`).
    private func respond(to request: HTTPRequest, on connection: Connection,
                         _ scratch: inout WorkerScratch, on server: Server) -> ServeOutcome {
        let requestId = RequestIdentifier.fromHeaders(request.headers) ?? scratch.identifiers.next()
        let context = RequestContext(requestId: requestId, remoteAddress: connection.remoteAddress,
                                     isOnEventLoop: server.isEventLoop)
        let response: HTTPResponse
        if server.isEventLoop {
            guard let answer = responder.respondOnEventLoop(to: request, context: context) else {
                connection.handedOver = .request(request)
                return .handOver
            }
            response = answer
        } else {
            response = responder.respond(to: request, context: context)
        }
        let keepAlive = request.persistsConnection && !draining.load(ordering: .relaxed) && stage == .running
        let exchange = ResponseWriter.Exchange(isHead: request.method == .head, minorVersion: request.minorVersion,
                                               keepAlive: keepAlive, requestId: context.requestId)
        let extra = context.responseHeaders.count > 0 ? context.responseHeaders : nil
        return write(response, extraHeaders: extra, exchange: exchange, on: connection, &scratch, on: server)
    }

    /// An HTTP-layer error (`spec/README.md` §Errors): a problem without `instance`, then close.
    private func refuse(_ error: HTTPParseError, on connection: Connection,
                        _ scratch: inout WorkerScratch, on server: Server) -> ServeOutcome {
        let requestId = scratch.identifiers.next()
        let response = ProblemDetails(error).response(instance: nil, traceId: requestId)
        let exchange = ResponseWriter.Exchange(keepAlive: false, requestId: requestId)
        let outcome = write(response, extraHeaders: nil, exchange: exchange, on: connection, &scratch, on: server)
        return outcome == .keepOpen ? .closeGracefully : outcome
    }

    private func write(_ response: HTTPResponse, extraHeaders: HTTPHeaders?, exchange: ResponseWriter.Exchange,
                       on connection: Connection, _ scratch: inout WorkerScratch, on server: Server) -> ServeOutcome {
        guard server.isEventLoop else {
            return Self.serveOutcome(scratch.writer.write(response, extraHeaders: extraHeaders, exchange: exchange,
                                                          to: connection.socket))
        }
        switch scratch.writer.writeWithoutWaiting(response, extraHeaders: extraHeaders, exchange: exchange,
                                                  to: connection.socket) {
        case .written(let outcome):
            return Self.serveOutcome(outcome)
        case .partial(let rest, let outcome):
            connection.handedOver = .output(rest, outcome)
            return .handOver
        case .stream:
            connection.handedOver = .response(response, extraHeaders: extraHeaders, exchange)
            return .handOver
        case .failed:
            return .closeNow
        }
    }

    /// On a worker: completes what the event loop left.
    private func finish(_ work: HandedOverWork, on connection: Connection,
                        _ scratch: inout WorkerScratch) -> ServeOutcome {
        switch work {
        case .request(let request):
            let outcome = respond(to: request, on: connection, &scratch, on: .worker)
            noteAnswered(connection)
            return outcome
        case .output(let rest, let outcome):
            return scratch.writer.send(rest, to: connection.socket) ? Self.serveOutcome(outcome) : .closeNow
        case .response(let response, let extraHeaders, let exchange):
            return Self.serveOutcome(scratch.writer.write(response, extraHeaders: extraHeaders, exchange: exchange,
                                                          to: connection.socket))
        }
    }

    private static func serveOutcome(_ outcome: ResponseWriter.Outcome) -> ServeOutcome {
        switch outcome {
        case .keepOpen: return .keepOpen
        case .close: return .closeGracefully
        case .failed: return .closeNow
        }
    }
}
