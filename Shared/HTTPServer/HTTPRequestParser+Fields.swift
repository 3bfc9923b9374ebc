#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One field line's name and trimmed value, as offsets into the buffer.
struct FieldLine {
    var nameStart: Int
    var nameEnd: Int
    var valueStart: Int
    var valueEnd: Int
    /// Offset of the first byte after the line's CRLF.
    var end: Int
}

extension HTTPRequestParser {
    /// Validates the request line and every field line of a complete head ending at `end`, and
    /// decides how the body is framed.
    func parseHead(_ buffer: UnsafeRawBufferPointer, end: Int) throws(HTTPParseError) -> ParsedHead {
        let line = try parseRequestLine(buffer, start: progress.headStart)
        var headers = HTTPHeaders()
        var framing = FramingFields()
        var position = line.end
        let fieldsEnd = end - 2  // the final empty line's CRLF
        while position < fieldsEnd {
            let field = try Self.parseFieldLine(buffer, start: position)
            guard headers.count < limits.maxHeaders else { throw .headersTooLarge }
            try framing.note(buffer, field)
            headers.add(String(decoding: UnsafeRawBufferPointer(rebasing: buffer[field.nameStart..<field.nameEnd]),
                               as: UTF8.self),
                        String(decoding: UnsafeRawBufferPointer(rebasing: buffer[field.valueStart..<field.valueEnd]),
                               as: UTF8.self))
            position = field.end
        }
        let bodyFraming = try framing.bodyFraming(minorVersion: line.minorVersion, limits: limits)
        return ParsedHead(method: line.method, target: line.target, minorVersion: line.minorVersion,
                          headers: headers, framing: bodyFraming,
                          expectsContinue: framing.expectsContinue && line.minorVersion == 1 && bodyFraming != .none,
                          end: end)
    }

    /// field-line = field-name ":" OWS field-value OWS (RFC 9112 §5). Rejects obs-fold (§5.2),
    /// whitespace between the name and the colon (§5.1) and CTLs in the value (RFC 9110 §5.5).
    static func parseFieldLine(_ buffer: UnsafeRawBufferPointer, start: Int) throws(HTTPParseError) -> FieldLine {
        guard let base = buffer.baseAddress,
              let found = memchr(base + start, Int32(ByteClass.lf), buffer.count - start) else {
            throw .malformed("A field line is incomplete.")
        }
        let lineEnd = base.distance(to: UnsafeRawPointer(found)) - 1  // the CR, checked by the scan
        if ByteClass.isWhitespace(buffer[start]) {
            throw .malformed("Obsolete line folding (obs-fold) is not accepted.")
        }
        var i = start
        while i < lineEnd, ByteClass.isTokenByte(buffer[i]) { i += 1 }
        guard i < lineEnd, buffer[i] == ByteClass.colon else {
            if i < lineEnd, ByteClass.isWhitespace(buffer[i]) {
                throw .malformed("Whitespace between a field name and its colon is not allowed.")
            }
            throw .malformed("A field name contains an invalid character or has no colon.")
        }
        guard i > start else { throw .malformed("A field line has an empty name.") }
        let nameEnd = i
        var valueStart = i + 1
        while valueStart < lineEnd, ByteClass.isWhitespace(buffer[valueStart]) { valueStart += 1 }
        var valueEnd = lineEnd
        while valueEnd > valueStart, ByteClass.isWhitespace(buffer[valueEnd - 1]) { valueEnd -= 1 }
        for j in valueStart..<valueEnd where !ByteClass.isFieldValueByte(buffer[j]) {
            throw .malformed("A field value contains a control character.")
        }
        return FieldLine(nameStart: start, nameEnd: nameEnd, valueStart: valueStart, valueEnd: valueEnd,
                         end: lineEnd + 2)
    }
}
