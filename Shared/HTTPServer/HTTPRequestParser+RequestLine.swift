#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The parts of a request line (RFC 9112 §3).
struct RequestLine {
    var method: HTTPMethod
    var target: String
    var minorVersion: Int
    /// Offset of the first byte after the line's CRLF.
    var end: Int
}

extension HTTPRequestParser {
    /// request-line = method SP request-target SP HTTP-version CRLF (RFC 9112 §3). Single spaces only:
    /// the lenient whitespace parsing that §3 allows is not used, so `GET  /` is rejected.
    func parseRequestLine(_ buffer: UnsafeRawBufferPointer, start: Int) throws(HTTPParseError) -> RequestLine {
        guard let base = buffer.baseAddress,
              let found = memchr(base + start, Int32(ByteClass.lf), buffer.count - start) else {
            throw .malformed("The request line is incomplete.")
        }
        let lineEnd = base.distance(to: UnsafeRawPointer(found)) - 1  // the CR, checked by scanHead
        var i = start
        while i < lineEnd, ByteClass.isTokenByte(buffer[i]) { i += 1 }
        guard i > start, i < lineEnd, buffer[i] == ByteClass.space else {
            throw .malformed("The method is not a token followed by one space.")
        }
        let methodEnd = i
        let targetStart = i + 1
        i = targetStart
        while i < lineEnd, buffer[i] != ByteClass.space {
            guard ByteClass.isTargetByte(buffer[i]) else {
                throw .malformed("The request-target contains an invalid character.")
            }
            i += 1
        }
        guard i > targetStart else { throw .malformed("The request-target is empty.") }
        guard i - targetStart <= limits.maxTargetBytes else { throw .uriTooLong }
        guard i < lineEnd else { throw .malformed("The request line has no HTTP version.") }
        let minorVersion = try parseVersion(buffer, start: i + 1, end: lineEnd)
        let method = try Self.method(buffer, start: start, end: methodEnd)
        let target = String(decoding: UnsafeRawBufferPointer(rebasing: buffer[targetStart..<i]), as: UTF8.self)
        try Self.checkTargetForm(buffer, start: targetStart, end: i, method: method)
        return RequestLine(method: method, target: target, minorVersion: minorVersion, end: lineEnd + 2)
    }

    /// HTTP-version = "HTTP" "/" DIGIT "." DIGIT, case-sensitive (RFC 9112 §2.3). A well-formed
    /// version other than 1.0 or 1.1 gets 505; anything else is malformed.
    private func parseVersion(_ buffer: UnsafeRawBufferPointer, start: Int, end: Int) throws(HTTPParseError) -> Int {
        let prefix: StaticString = "HTTP/"
        guard end - start == 8,
              (0..<5).allSatisfy({ buffer[start + $0] == prefix.utf8Start[$0] }),
              ByteClass.isDigit(buffer[start + 5]), buffer[start + 6] == UInt8(ascii: "."),
              ByteClass.isDigit(buffer[start + 7]) else {
            throw .malformed("The HTTP version is malformed.")
        }
        let major = buffer[start + 5] - 48
        let minor = buffer[start + 7] - 48
        guard major == 1, minor <= 1 else { throw .versionNotSupported }
        return Int(minor)
    }

    /// Registered methods reuse their constants; a valid token outside RFC 9110's registry gets 501.
    private static func method(_ buffer: UnsafeRawBufferPointer, start: Int, end: Int) throws(HTTPParseError) -> HTTPMethod {
        let bytes = UnsafeRawBufferPointer(rebasing: buffer[start..<end])
        switch bytes.count {
        case 3:
            if bytes.elementsEqual("GET".utf8) { return .get }
            if bytes.elementsEqual("PUT".utf8) { return .put }
        case 4:
            if bytes.elementsEqual("POST".utf8) { return .post }
            if bytes.elementsEqual("HEAD".utf8) { return .head }
        case 6:
            if bytes.elementsEqual("DELETE".utf8) { return .delete }
        default:
            break
        }
        let method = HTTPMethod(rawValue: String(decoding: bytes, as: UTF8.self))
        guard method.isRegistered else {
            throw .notImplemented("The method \(method.rawValue.prefix(32)) is not supported.")
        }
        return method
    }

    /// RFC 9112 §3.2: origin-form (`/path?query`) for every method; absolute-form (`http://host/path`)
    /// for every method but CONNECT; authority-form (`host:port`) only for CONNECT; asterisk-form only
    /// for OPTIONS.
    private static func checkTargetForm(_ buffer: UnsafeRawBufferPointer, start: Int, end: Int,
                                        method: HTTPMethod) throws(HTTPParseError) {
        let first = buffer[start]
        if method == .connect {
            guard first != UInt8(ascii: "/"), isAuthorityForm(buffer, start: start, end: end) else {
                throw .malformed("CONNECT needs an authority-form request-target (host:port).")
            }
            return
        }
        if first == UInt8(ascii: "/") { return }
        if first == UInt8(ascii: "*"), end - start == 1 {
            guard method == .options else { throw .malformed("The asterisk-form is only allowed for OPTIONS.") }
            return
        }
        guard isAbsoluteForm(buffer, start: start, end: end) else {
            throw .malformed("The request-target is neither origin-form nor absolute-form.")
        }
    }

    /// absolute-form with an `http` or `https` scheme and a non-empty authority (RFC 9110 §4.2).
    private static func isAbsoluteForm(_ buffer: UnsafeRawBufferPointer, start: Int, end: Int) -> Bool {
        var authorityStart: Int
        if ByteClass.equalsIgnoringCase(buffer, start, min(end, start + 7), "http://") {
            authorityStart = start + 7
        } else if ByteClass.equalsIgnoringCase(buffer, start, min(end, start + 8), "https://") {
            authorityStart = start + 8
        } else {
            return false
        }
        var i = authorityStart
        while i < end, buffer[i] != UInt8(ascii: "/"), buffer[i] != UInt8(ascii: "?") { i += 1 }
        guard i > authorityStart else { return false }
        return HostValidation.isValidAuthority(UnsafeRawBufferPointer(rebasing: buffer[authorityStart..<i]))
    }

    /// authority-form = uri-host ":" port (RFC 9112 §3.2.3).
    private static func isAuthorityForm(_ buffer: UnsafeRawBufferPointer, start: Int, end: Int) -> Bool {
        let authority = UnsafeRawBufferPointer(rebasing: buffer[start..<end])
        guard HostValidation.isValidAuthority(authority), let colon = authority.lastIndex(of: ByteClass.colon) else {
            return false
        }
        return colon + 1 < authority.count && authority[(colon + 1)...].allSatisfy(ByteClass.isDigit)
    }
}
