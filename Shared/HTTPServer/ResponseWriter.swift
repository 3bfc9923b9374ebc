/// Serialises responses and writes them: the head (and a small body) with one `send`, a larger body
/// with the head in one gathering `sendmsg`, a stream as chunks. One per thread: it keeps a scratch
/// buffer and the formatted `Date` between responses.
struct ResponseWriter {
    enum Outcome: Equatable {
        /// The response went out; the connection may carry the next request.
        case keepOpen
        /// The response went out and said `Connection: close`, or its end is the end of the connection.
        case close
        /// Writing failed, or a stream stopped half-way: close without more ado.
        case failed
    }

    /// What the response answers.
    struct Exchange {
        var isHead = false
        var minorVersion = 1
        var keepAlive: Bool
        var requestId: String
    }

    /// Bodies up to this size are copied behind the head and sent with a plain `send`.
    static let inlineBodyLimit = 8192

    var head: [UInt8] = []
    var date = HTTPDateCache()
    let stallTimeout: Double

    init(stallTimeout: Double) {
        self.stallTimeout = stallTimeout
        head.reserveCapacity(1024)
    }

    mutating func write(_ response: HTTPResponse, extraHeaders: HTTPHeaders?, exchange: Exchange,
                        to socket: Socket) -> Outcome {
        let plan = buildHead(response, extraHeaders: extraHeaders, exchange: exchange)
        let sendsBody = plan.framing != .none && !exchange.isHead
        switch response.body {
        case .bytes(let body):
            let rest = appendSmallBody(body, sends: sendsBody)
            guard send(head, rest, to: socket) else { return .failed }
        case .stream(let produce):
            guard send(head, to: socket) else { return .failed }
            if sendsBody, !writeStream(produce, chunked: plan.framing == .chunked, to: socket) { return .failed }
        }
        return plan.keepAlive ? .keepOpen : .close
    }

    /// Copies a body of up to `inlineBodyLimit` bytes behind the head, so both go out with one plain
    /// `send`; returns the body to send after the head when it is larger (or nothing to send).
    mutating func appendSmallBody(_ body: [UInt8], sends: Bool) -> [UInt8] {
        guard sends else { return [] }
        guard body.count > Self.inlineBodyLimit else {
            head.append(contentsOf: body)
            return []
        }
        return body
    }

    func send(_ first: [UInt8], _ second: [UInt8] = [], to socket: Socket) -> Bool {
        first.withUnsafeBytes { firstBytes in
            second.withUnsafeBytes { secondBytes in
                do {
                    try socket.sendAll(firstBytes, secondBytes, stallTimeout: stallTimeout)
                    return true
                } catch {
                    return false
                }
            }
        }
    }

    /// `HTTP/1.1 100 Continue` (RFC 9110 §15.2.1), sent before reading a body the client holds back.
    func writeContinue(to socket: Socket) -> Bool {
        let line: StaticString = "HTTP/1.1 100 Continue\r\n\r\n"
        do {
            try socket.sendAll(UnsafeRawBufferPointer(start: line.utf8Start, count: line.utf8CodeUnitCount),
                               stallTimeout: stallTimeout)
            return true
        } catch {
            return false
        }
    }

    /// Head and body of a short response in one buffer, for a single nonblocking send from the event loop.
    mutating func serialize(_ response: HTTPResponse, requestId: String) -> [UInt8] {
        let plan = buildHead(response, extraHeaders: nil, exchange: Exchange(keepAlive: false, requestId: requestId))
        if plan.framing != .none { head.append(contentsOf: response.bodyBytes) }
        return head
    }

    /// Runs a streamed body; false when it threw or the client went away (no last-chunk is sent then).
    private func writeStream(_ produce: @Sendable (any ResponseBodyWriter) throws -> Void, chunked: Bool,
                             to socket: Socket) -> Bool {
        let writer = StreamBodyWriter(socket: socket, chunked: chunked, stallTimeout: stallTimeout)
        do {
            try produce(writer)
            if chunked { try writer.finish() }
            return true
        } catch {
            return false
        }
    }
}
