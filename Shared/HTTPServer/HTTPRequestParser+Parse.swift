extension HTTPRequestParser {
    /// Parses the request at the front of `buffer` (RFC 9112). Call it again with the same bytes plus
    /// whatever arrived since after `.needMore`; the parser keeps its place, so no byte is scanned twice.
    /// After `.request` or `.failure` it starts afresh with the next buffer.
    public mutating func parse(_ buffer: UnsafeRawBufferPointer) -> Result {
        do {
            let head: ParsedHead
            if let pending = progress.head {
                head = pending
            } else {
                guard let headEnd = try scanHead(buffer) else { return .needMore(expectsContinue: false) }
                head = try parseHead(buffer, end: headEnd)
                if head.framing == .none {
                    progress = ParseProgress()
                    return .request(head.request(body: []), consumed: head.end)
                }
                progress.head = head
            }
            return try parseBody(buffer, head: head)
        } catch {
            progress = ParseProgress()
            return .failure(error)
        }
    }

    /// Whether the head of the current request is complete and its body is still arriving
    /// (the server then measures the read timeout from the last bytes received).
    var isReadingBody: Bool { progress.head != nil }

    private mutating func parseBody(_ buffer: UnsafeRawBufferPointer, head: ParsedHead) throws(HTTPParseError) -> Result {
        let waitingForBody = head.expectsContinue && buffer.count == head.end
        switch head.framing {
        case .none:
            progress = ParseProgress()
            return .request(head.request(body: []), consumed: head.end)
        case .length(let length):
            // RFC 9112 §6.3 rule 6: the body is exactly Content-Length octets.
            guard buffer.count - head.end >= length else { return .needMore(expectsContinue: waitingForBody) }
            let body = [UInt8](UnsafeRawBufferPointer(rebasing: buffer[head.end..<(head.end + length)]))
            progress = ParseProgress()
            return .request(head.request(body: body), consumed: head.end + length)
        case .chunked:
            var decoder = progress.chunked ?? ChunkedBodyDecoder(start: head.end)
            progress.chunked = nil
            guard try decoder.decode(buffer, limits: limits) else {
                progress.chunked = decoder
                return .needMore(expectsContinue: waitingForBody)
            }
            progress = ParseProgress()
            return .request(head.request(body: decoder.body), consumed: decoder.offset)
        }
    }
}

extension ParsedHead {
    func request(body: [UInt8]) -> HTTPRequest {
        HTTPRequest(method: method, target: target, minorVersion: minorVersion, headers: headers, body: body)
    }
}
