#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JSON

/// Decodes a chunked body (RFC 9112 §7.1) incrementally: each call continues where the last stopped.
///
///     chunked-body = *chunk last-chunk trailer-section CRLF
///     chunk        = chunk-size [ chunk-ext ] CRLF chunk-data CRLF
///
/// Chunk extensions are ignored (§7.1.1); trailer fields are validated like header fields and
/// discarded (§7.1.2).
struct ChunkedBodyDecoder: Sendable {
    private enum Phase: Sendable {
        case size
        case data(remaining: Int)
        case dataEnd
        case trailer
    }

    /// A chunk-size line longer than this (extensions included) is rejected.
    static let maxSizeLineBytes = 4096

    private var phase = Phase.size
    /// Offset of the next unread byte; after completion, the end of the request.
    private(set) var offset: Int
    private(set) var body: [UInt8] = []
    private let start: Int
    private var trailerBytes = 0
    private var trailerFields = 0

    init(start: Int) {
        self.start = start
        self.offset = start
    }

    /// Consumes what `buffer` holds beyond `offset`; true once the whole body has arrived.
    mutating func decode(_ buffer: UnsafeRawBufferPointer, limits: HTTPParserLimits) throws(HTTPParseError) -> Bool {
        while true {
            switch phase {
            case .size:
                guard let lineEnd = try findLineEnd(buffer, limit: Self.maxSizeLineBytes) else { return try needMore(limits) }
                let size = try Self.chunkSize(buffer, start: offset, end: lineEnd - 1)
                guard size <= limits.maxBodyBytes - body.count else { throw .bodyTooLarge }
                offset = lineEnd + 1
                if body.isEmpty { body.reserveCapacity(size) }
                phase = size == 0 ? .trailer : .data(remaining: size)
            case .data(let remaining):
                let available = min(remaining, buffer.count - offset)
                body.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[offset..<(offset + available)]))
                offset += available
                guard available == remaining else {
                    phase = .data(remaining: remaining - available)
                    return try needMore(limits)
                }
                phase = .dataEnd
            case .dataEnd:
                guard buffer.count - offset >= 2 else { return try needMore(limits) }
                guard buffer[offset] == ByteClass.cr, buffer[offset + 1] == ByteClass.lf else {
                    throw .malformed("Chunk data is not followed by CRLF.")
                }
                offset += 2
                phase = .size
            case .trailer:
                guard let lineEnd = try findLineEnd(buffer, limit: limits.maxHeaderBytes) else { return try needMore(limits) }
                if lineEnd == offset + 1 {
                    offset = lineEnd + 1
                    return true
                }
                _ = try HTTPRequestParser.parseFieldLine(buffer, start: offset)
                trailerBytes += lineEnd + 1 - offset
                trailerFields += 1
                guard trailerBytes <= limits.maxHeaderBytes, trailerFields <= limits.maxHeaders else {
                    throw .headersTooLarge
                }
                offset = lineEnd + 1
            }
        }
    }

    /// The offset of the LF ending the line at `offset` (checked to follow a CR), or nil.
    private func findLineEnd(_ buffer: UnsafeRawBufferPointer, limit: Int) throws(HTTPParseError) -> Int? {
        guard let base = buffer.baseAddress, offset < buffer.count else { return nil }
        let searchable = min(buffer.count - offset, limit)
        guard let found = memchr(base + offset, Int32(ByteClass.lf), searchable) else {
            if searchable == limit { throw .malformed("A chunk-size or trailer line is too long.") }
            return nil
        }
        let lf = base.distance(to: UnsafeRawPointer(found))
        guard lf > offset, buffer[lf - 1] == ByteClass.cr else {
            throw .malformed("A line in the chunked body ends with a bare LF.")
        }
        return lf
    }

    /// chunk-size = 1*HEXDIG, then optional BWS ";" extensions up to the CR at `end`.
    private static func chunkSize(_ buffer: UnsafeRawBufferPointer, start: Int, end: Int) throws(HTTPParseError) -> Int {
        var size = 0
        var i = start
        while i < end, let digit = HexDigit.value(buffer[i]).map(Int.init) {
            guard size <= (Int.max >> 4) else { throw .bodyTooLarge }
            size = size << 4 | digit
            i += 1
        }
        guard i > start else { throw .malformed("A chunk size is not hexadecimal.") }
        while i < end, ByteClass.isWhitespace(buffer[i]) { i += 1 }
        guard i == end || buffer[i] == UInt8(ascii: ";") else { throw .malformed("A chunk size is not hexadecimal.") }
        for j in i..<end where !ByteClass.isFieldValueByte(buffer[j]) {
            throw .malformed("A chunk extension contains a control character.")
        }
        return size
    }

    /// Bounds the raw chunked bytes (framing included) so tiny chunks cannot make the server buffer
    /// far more than `maxBodyBytes`.
    private func needMore(_ limits: HTTPParserLimits) throws(HTTPParseError) -> Bool {
        if offset - start > 2 * limits.maxBodyBytes + 65536 { throw .bodyTooLarge }
        return false
    }
}
