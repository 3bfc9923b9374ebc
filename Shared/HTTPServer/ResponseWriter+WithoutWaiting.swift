extension ResponseWriter {
    /// How a write from the event loop thread went.
    enum ImmediateWrite {
        case written(Outcome)
        /// The socket took only part of it: these bytes are still to go, then `Outcome` applies.
        case partial([UInt8], Outcome)
        /// A streamed body: a worker must write it.
        case stream
        case failed
    }

    /// Writes a response with bytes for a body as far as the socket takes it now, never waiting: the event
    /// loop must not block on a client that does not read.
    mutating func writeWithoutWaiting(_ response: HTTPResponse, extraHeaders: HTTPHeaders?, exchange: Exchange,
                                      to socket: Socket) -> ImmediateWrite {
        guard case .bytes(let body) = response.body else { return .stream }
        let plan = buildHead(response, extraHeaders: extraHeaders, exchange: exchange)
        let outcome: Outcome = plan.keepAlive ? .keepOpen : .close
        let second = appendSmallBody(body, sends: plan.framing != .none && !exchange.isHead)
        let sent = head.withUnsafeBytes { first in
            second.withUnsafeBytes { socket.sendWithoutWaiting(first, $0) }
        }
        guard let sent else { return .failed }
        if sent == head.count + second.count { return .written(outcome) }
        var rest = [UInt8]()
        rest.reserveCapacity(head.count + second.count - sent)
        if sent < head.count { rest.append(contentsOf: head[sent...]) }
        rest.append(contentsOf: second[max(0, sent - head.count)...])
        return .partial(rest, outcome)
    }
}
