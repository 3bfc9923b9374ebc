/// An HTTP/1.1 request parser (RFC 9112). The connection keeps the unconsumed bytes and calls
/// `parse` with all of them each time more arrive; the buffer always starts at the first byte of
/// the request being parsed. After `.request` the parser is ready for the next (pipelined) request.
public struct HTTPRequestParser: Sendable {
    public enum Result: Sendable {
        /// Not enough bytes yet. `expectsContinue` is true once the head of a request with
        /// `Expect: 100-continue` is complete and its body has not started (the server then sends `100 Continue` once).
        case needMore(expectsContinue: Bool)
        case request(HTTPRequest, consumed: Int)
        case failure(HTTPParseError)
    }

    public let limits: HTTPParserLimits
    /// Where parsing of the request at the front of the buffer stands, so that bytes are not scanned twice.
    var progress = ParseProgress()

    public init(limits: HTTPParserLimits = HTTPParserLimits()) {
        self.limits = limits
    }

    // `mutating func parse(_ buffer: UnsafeRawBufferPointer) -> Result` lives in HTTPRequestParser+Parse.swift.
}
