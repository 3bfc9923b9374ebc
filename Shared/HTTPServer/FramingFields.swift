/// What the header fields say about routing and framing (`Host`, `Content-Length`,
/// `Transfer-Encoding`, `Expect`), gathered while the fields are parsed and judged at the end.
///
/// Transfer-Encoding policy (RFC 9112 §6.1, §6.3, §7): only `chunked`, once, is understood.
/// - any other coding (`gzip`, `identity`, `gzip, chunked`…) → 501, since the server does not
///   implement it (§6.1 "SHOULD respond with 501");
/// - `chunked` more than once, or an empty or non-token element → 400;
/// - Transfer-Encoding together with Content-Length → 400 (request smuggling, §6.3 rule 3);
/// - Transfer-Encoding in an HTTP/1.0 request → 400 (§6.1: the framing is faulty).
struct FramingFields {
    private var hostCount = 0
    private var hostIsValid = true
    private var contentLength: Int?
    private var hasTransferEncoding = false
    private var chunkedCount = 0
    private var unknownCoding: String?
    private(set) var expectsContinue = false

    mutating func note(_ buffer: UnsafeRawBufferPointer, _ field: FieldLine) throws(HTTPParseError) {
        let value = UnsafeRawBufferPointer(rebasing: buffer[field.valueStart..<field.valueEnd])
        switch field.nameEnd - field.nameStart {
        case 4 where ByteClass.equalsIgnoringCase(buffer, field.nameStart, field.nameEnd, "host"):
            hostCount += 1
            hostIsValid = hostIsValid && HostValidation.isValidAuthority(value)
        case 6 where ByteClass.equalsIgnoringCase(buffer, field.nameStart, field.nameEnd, "expect"):
            expectsContinue = ByteClass.equalsIgnoringCase(value, 0, value.count, "100-continue")
        case 14 where ByteClass.equalsIgnoringCase(buffer, field.nameStart, field.nameEnd, "content-length"):
            try noteContentLength(value)
        case 17 where ByteClass.equalsIgnoringCase(buffer, field.nameStart, field.nameEnd, "transfer-encoding"):
            try noteTransferCodings(value)
        default:
            break
        }
    }

    /// Content-Length = 1*DIGIT; a list of identical values (`42, 42`) or repeated identical fields
    /// are accepted as one value, differing ones are an unrecoverable framing error (RFC 9112 §6.3 rule 5,
    /// RFC 9110 §8.6).
    private mutating func noteContentLength(_ value: UnsafeRawBufferPointer) throws(HTTPParseError) {
        for element in value.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
            var digits = element[...]
            while let first = digits.first, ByteClass.isWhitespace(first) { digits.removeFirst() }
            while let last = digits.last, ByteClass.isWhitespace(last) { digits.removeLast() }
            guard !digits.isEmpty, digits.allSatisfy(ByteClass.isDigit) else {
                throw .malformed("Content-Length is not a non-negative integer.")
            }
            var length = 0
            for digit in digits {
                let (times10, overflow1) = length.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times10.addingReportingOverflow(Int(digit - 48))
                guard !overflow1, !overflow2 else { throw .malformed("Content-Length is too large to represent.") }
                length = sum
            }
            if let existing = contentLength, existing != length {
                throw .malformed("Content-Length has differing values.")
            }
            contentLength = length
        }
    }

    /// transfer-coding list (RFC 9112 §6.1, RFC 9110 §10.1.4); parameters after `;` belong to a coding.
    private mutating func noteTransferCodings(_ value: UnsafeRawBufferPointer) throws(HTTPParseError) {
        hasTransferEncoding = true
        for element in value.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
            var coding = element.prefix { $0 != UInt8(ascii: ";") }[...]
            while let first = coding.first, ByteClass.isWhitespace(first) { coding.removeFirst() }
            while let last = coding.last, ByteClass.isWhitespace(last) { coding.removeLast() }
            guard !coding.isEmpty, coding.allSatisfy(ByteClass.isTokenByte) else {
                throw .malformed("Transfer-Encoding is not a list of transfer codings.")
            }
            let bytes = UnsafeRawBufferPointer(rebasing: coding)
            // chunked takes no parameters; `chunked;x=y` is some other, unknown coding.
            if !element.contains(UInt8(ascii: ";")), ByteClass.equalsIgnoringCase(bytes, 0, bytes.count, "chunked") {
                chunkedCount += 1
            } else if unknownCoding == nil {
                unknownCoding = String(decoding: bytes.prefix(32), as: UTF8.self)
            }
        }
    }

    func bodyFraming(minorVersion: Int, limits: HTTPParserLimits) throws(HTTPParseError) -> BodyFraming {
        // RFC 9112 §3.2: exactly one Host in HTTP/1.1; never more than one; the value must be valid.
        if hostCount > 1 { throw .malformed("More than one Host header field.") }
        if hostCount == 0, minorVersion == 1 { throw .malformed("An HTTP/1.1 request needs a Host header field.") }
        if !hostIsValid { throw .malformed("The Host header field is invalid.") }
        if hasTransferEncoding {
            if contentLength != nil { throw .malformed("Both Content-Length and Transfer-Encoding are present.") }
            if minorVersion == 0 { throw .malformed("Transfer-Encoding is not allowed in an HTTP/1.0 request.") }
            if let unknownCoding {
                throw .notImplemented("The transfer coding \(unknownCoding) is not supported.")
            }
            if chunkedCount > 1 { throw .malformed("chunked is applied more than once.") }
            return .chunked
        }
        guard let contentLength, contentLength > 0 else { return .none }
        // 413 as soon as the head is read, without waiting for the body.
        if contentLength > limits.maxBodyBytes { throw .bodyTooLarge }
        return .length(contentLength)
    }
}
