extension ServerRuntime {
    enum ServeOutcome {
        /// Wait for more bytes.
        case keepOpen
        /// A final response went out: half-close and linger.
        case closeGracefully
        /// The peer is gone or a write failed.
        case closeNow
    }

    /// A worker's job: read what the connection has, answer every complete request in order
    /// (pipelining), then park, linger or close it.
    func serve(_ connection: Connection, scratch: inout WorkerScratch) {
        switch readAndRespond(connection, &scratch) {
        case .keepOpen: park(connection)
        case .closeGracefully: linger(connection)
        case .closeNow: close(connection)
        }
    }

    private func readAndRespond(_ connection: Connection, _ scratch: inout WorkerScratch) -> ServeOutcome {
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
            let outcome = respondToBuffered(connection, &scratch)
            // A short read means the socket is drained; epoll reports anything that arrives later.
            if outcome != .keepOpen || !filled { return outcome }
        }
    }

    private func respondToBuffered(_ connection: Connection, _ scratch: inout WorkerScratch) -> ServeOutcome {
        while !connection.buffer.isEmpty {
            let result = connection.buffer.withUnread { connection.parser.parse($0) }
            switch result {
            case .needMore(let expectsContinue):
                if expectsContinue, !connection.continueSent {
                    connection.continueSent = true
                    if !scratch.writer.writeContinue(to: connection.socket) { return .closeNow }
                }
                return .keepOpen
            case .request(let request, let consumed):
                connection.buffer.consume(consumed)
                connection.continueSent = false
                let outcome = respond(to: request, on: connection, &scratch)
                let now = MonotonicClock.now()
                connection.servedRequests += 1
                connection.idleSince = now
                connection.partialSince = connection.buffer.isEmpty ? nil : now
                if outcome != .keepOpen { return outcome }
            case .failure(let error):
                return refuse(error, on: connection, &scratch)
            }
        }
        return .keepOpen
    }

    private func respond(to request: HTTPRequest, on connection: Connection,
                         _ scratch: inout WorkerScratch) -> ServeOutcome {
        let requestId = RequestIdentifier.fromHeaders(request.headers) ?? scratch.identifiers.next()
        let context = RequestContext(requestId: requestId, remoteAddress: connection.remoteAddress)
        let response = responder.respond(to: request, context: context)
        let keepAlive = request.persistsConnection && !draining.load(ordering: .relaxed) && stage == .running
        let exchange = ResponseWriter.Exchange(isHead: request.method == .head, minorVersion: request.minorVersion,
                                               keepAlive: keepAlive, requestId: context.requestId)
        let extra = context.responseHeaders.count > 0 ? context.responseHeaders : nil
        switch scratch.writer.write(response, extraHeaders: extra, exchange: exchange, to: connection.socket) {
        case .keepOpen: return .keepOpen
        case .close: return .closeGracefully
        case .failed: return .closeNow
        }
    }

    /// An HTTP-layer error (`spec/README.md` §Errors): a problem without `instance`, then close.
    private func refuse(_ error: HTTPParseError, on connection: Connection,
                        _ scratch: inout WorkerScratch) -> ServeOutcome {
        let requestId = scratch.identifiers.next()
        let response = ProblemDetails(error).response(instance: nil, traceId: requestId)
        let exchange = ResponseWriter.Exchange(keepAlive: false, requestId: requestId)
        let outcome = scratch.writer.write(response, extraHeaders: nil, exchange: exchange, to: connection.socket)
        return outcome == .failed ? .closeNow : .closeGracefully
    }
}
