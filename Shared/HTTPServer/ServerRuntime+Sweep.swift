extension ServerRuntime {
    private enum SweepAction {
        case none
        case close
        /// The request line and headers (or the body) stopped arriving: 408, then close.
        case timeOut
        /// A worker owns it but shutdown ran out of time: end the socket under it.
        case interrupt
    }

    /// Applies the limits of `spec/README.md` §Common rules, HTTP limits, and the shutdown stage, to
    /// every connection the event loop owns. Runs on the event loop thread only.
    func sweep(now: UInt64, stage: Stage, _ scratch: inout EventLoopScratch) {
        for connection in table.all() {
            let action = connection.state.withLock { shared in
                let action = decide(shared, now: now, stage: stage)
                switch action {
                case .timeOut: shared.phase = .busy
                case .interrupt: shared.interrupted = true
                case .none, .close: break
                }
                return action
            }
            switch action {
            case .none:
                break
            case .close:
                close(connection)
            case .interrupt:
                connection.socket.shutdownBoth()
            case .timeOut:
                let requestId = scratch.responses.identifiers.next()
                let response = ProblemDetails(HTTPParseError.timeout).response(instance: nil, traceId: requestId)
                let bytes = scratch.responses.writer.serialize(response, requestId: requestId)
                bytes.withUnsafeBytes { _ = connection.socket.sendNow($0) }
                linger(connection, now: now)
            }
        }
    }

    private func decide(_ shared: Connection.Shared, now: UInt64, stage: Stage) -> SweepAction {
        switch shared.phase {
        case .waiting:
            if stage >= .forcing { return .close }
            if let partialSince = shared.partialSince {
                // Head: measured from its first byte. Body: from the last bytes received.
                let start = shared.readingBody ? shared.lastReceive : partialSince
                return Self.elapsed(now, since: start) > readTimeout ? .timeOut : .none
            }
            if stage >= .closingIdle { return .close }
            // A connection that never sent a byte gets the read timeout, an idle keep-alive one the idle timeout.
            let limit = shared.servedRequests == 0 ? readTimeout : idleTimeout
            return Self.elapsed(now, since: shared.idleSince) > limit ? .close : .none
        case .lingering:
            return now > shared.lingerUntil || stage >= .forcing ? .close : .none
        case .busy:
            return stage >= .forcing && !shared.interrupted ? .interrupt : .none
        case .closed:
            return .none
        }
    }

    /// Timestamps come from several threads; one taken after `now` counts as no time elapsed.
    private static func elapsed(_ now: UInt64, since start: UInt64) -> UInt64 {
        now > start ? now - start : 0
    }
}
