#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension HTTPRequestParser {
    /// Finds the end of the head (the CRLF of the empty line, RFC 9112 §2.1) and returns the offset
    /// after it, or nil when more bytes are needed. Enforces the size limits while the head is still
    /// incomplete, so a client cannot make the server buffer more than `maxHeaderBytes`.
    mutating func scanHead(_ buffer: UnsafeRawBufferPointer) throws(HTTPParseError) -> Int? {
        guard let base = buffer.baseAddress, try skipEmptyLines(buffer) else { return nil }
        let count = buffer.count
        var position = max(progress.scanned, progress.lineStart)
        while position < count, let found = memchr(base + position, Int32(ByteClass.lf), count - position) {
            let lf = base.distance(to: UnsafeRawPointer(found))
            // RFC 9112 §2.2: a bare LF where CRLF is required is rejected, not tolerated.
            guard lf > progress.lineStart, buffer[lf - 1] == ByteClass.cr else {
                throw .malformed("A line ends with a bare LF instead of CRLF.")
            }
            if lf == progress.lineStart + 1 {
                guard lf + 1 - progress.headStart <= limits.maxHeaderBytes else { throw .headersTooLarge }
                return lf + 1
            }
            if progress.lineStart == progress.headStart {
                try checkRequestLinePrefix(buffer, end: lf)
            }
            progress.lineStart = lf + 1
            position = lf + 1
        }
        progress.scanned = count
        if progress.lineStart == progress.headStart {
            try checkRequestLinePrefix(buffer, end: count)
        }
        if count - progress.headStart > limits.maxHeaderBytes { throw .headersTooLarge }
        return nil
    }

    /// RFC 9112 §2.2: a server SHOULD ignore at least one empty line (CRLF) before the request-line.
    /// Returns false while only empty lines (or a lone CR) have arrived.
    private mutating func skipEmptyLines(_ buffer: UnsafeRawBufferPointer) throws(HTTPParseError) -> Bool {
        if progress.foundRequestLine { return true }
        var start = progress.headStart
        defer {
            progress.headStart = start
            progress.lineStart = start
            progress.scanned = start
        }
        while start < buffer.count {
            switch buffer[start] {
            case ByteClass.cr:
                guard start + 1 < buffer.count else { return false }
                guard buffer[start + 1] == ByteClass.lf else { throw .malformed("A CR is not followed by LF.") }
                start += 2
                if start > limits.maxHeaderBytes { throw .headersTooLarge }
            case ByteClass.lf:
                throw .malformed("A line ends with a bare LF instead of CRLF.")
            default:
                progress.foundRequestLine = true
                return true
            }
        }
        return false
    }

    /// Rejects a request line early when its start already breaks RFC 9112 §3: a method that is not
    /// a token (a TLS handshake, say) gets 400 at once, and a request-target longer than
    /// `maxTargetBytes` gets 414 before the rest of it arrives.
    private func checkRequestLinePrefix(_ buffer: UnsafeRawBufferPointer, end: Int) throws(HTTPParseError) {
        var i = progress.headStart
        let methodLimit = min(end, progress.headStart + Self.longestMethod + 1)
        while i < methodLimit, ByteClass.isTokenByte(buffer[i]) { i += 1 }
        if i == progress.headStart + Self.longestMethod + 1 {
            throw .notImplemented("The method is not one of RFC 9110's registry.")
        }
        guard i < end else { return }
        guard buffer[i] == ByteClass.space, i > progress.headStart else {
            throw .malformed("The method is not a token followed by one space.")
        }
        let targetStart = i + 1
        guard end - targetStart > limits.maxTargetBytes else { return }
        // The byte right after a target of the longest allowed length must end it.
        let limit = targetStart + limits.maxTargetBytes
        var j = targetStart
        while j <= limit, buffer[j] != ByteClass.space, buffer[j] != ByteClass.cr { j += 1 }
        if j > limit { throw .uriTooLong }
        // After the target only "HTTP/1.1" CR may follow; anything longer cannot become valid.
        if end - j > 10 { throw .malformed("The request line does not end with an HTTP version.") }
    }

    /// Registered methods are at most this long ("OPTIONS", "CONNECT"); a longer token cannot be one.
    static var longestMethod: Int { 16 }
}
