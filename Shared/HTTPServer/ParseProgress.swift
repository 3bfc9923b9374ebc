/// What `HTTPRequestParser` remembers between calls about the request at the front of the buffer.
/// Offsets index that buffer, which only grows until the request is consumed.
struct ParseProgress: Sendable {
    /// Whether the empty lines before the request line were skipped (RFC 9112 §2.2).
    var foundRequestLine = false
    /// The first byte of the request line.
    var headStart = 0
    /// The first byte of the line being scanned for its LF.
    var lineStart = 0
    /// Bytes before this offset were already searched for LF.
    var scanned = 0
    /// The validated head, once complete, while the body is still arriving.
    var head: ParsedHead?
    /// Progress through a chunked body.
    var chunked: ChunkedBodyDecoder?
}

/// A request line and header fields that passed validation.
struct ParsedHead: Sendable {
    var method: HTTPMethod
    var target: String
    var minorVersion: Int
    var headers: HTTPHeaders
    var framing: BodyFraming
    /// `Expect: 100-continue` on an HTTP/1.1 request with a body (RFC 9110 §10.1.1).
    var expectsContinue: Bool
    /// Offset of the first byte after the head's final CRLF.
    var end: Int
}

/// How the body's length is known (RFC 9112 §6.3).
enum BodyFraming: Sendable, Equatable {
    case none
    case length(Int)
    case chunked
}
