/// Reads one top-level JSON array from a stream of byte chunks and yields its elements one at a
/// time, with each element's index and byte offset, in bounded memory: it keeps the chunk being read
/// and, when an element spans chunks, that element's bytes.
///
/// An element that lies within the current chunk is parsed straight from it by `JSONParser`. One
/// that crosses into the next chunk has its end found by `JSONElementScanner` (string, escape and
/// depth state only) while its bytes are collected, and is then parsed. Any syntax error, between
/// elements or inside one, is fatal (`JSONStreamError` with the stream offset): the end of a broken
/// element cannot be found reliably. Elements that are valid JSON but not objects are yielded like
/// any other.
///
/// Errors thrown by the chunk source pass through unchanged.
public struct JSONArrayStreamReader {
    /// Returns the next chunk of the stream, or nil at its end. Empty chunks are skipped.
    public typealias ChunkSource = () throws -> ArraySlice<UInt8>?

    public static let defaultMaxElementBytes = 16 * 1024 * 1024

    private enum Position {
        case beforeArray
        case firstElementOrEnd
        case elementAfterComma
        case afterElement
        case afterArray
        case finished
    }

    private let source: ChunkSource
    private let parser: JSONParser
    private let maxElementBytes: Int
    private var position = Position.beforeArray
    private var chunk: ArraySlice<UInt8> = []
    private var cursor = 0
    /// Stream offset of `chunk.startIndex`.
    private var chunkOffset: Int64 = 0
    private var sourceEnded = false
    private var elementCount = 0
    /// The element being assembled when it spans chunks.
    private var pending: [UInt8] = []
    private var workspace = JSONParserWorkspace()
    private var failure: (any Error)?

    /// - Parameters:
    ///   - maxElementBytes: a longer element is a fatal error, so a broken file cannot make the
    ///     reader buffer without bound.
    ///   - parser: parses each element (its `maxDepth` applies per element).
    public init(maxElementBytes: Int = Self.defaultMaxElementBytes, parser: JSONParser = JSONParser(),
                source: @escaping ChunkSource) {
        self.maxElementBytes = max(1, maxElementBytes)
        self.parser = parser
        self.source = source
    }

    /// Bytes of the stream consumed so far.
    public var offset: Int64 { chunkOffset + Int64(cursor - chunk.startIndex) }

    /// Buffer capacity the reader holds on to between elements (for tests of bounded memory); the
    /// parser's name cache adds a fixed amount.
    var retainedCapacity: Int { pending.capacity + workspace.scratch.capacity }

    /// The next element, or nil after the closing `]` (and only whitespace after it).
    public mutating func next() throws -> JSONArrayElement? {
        if let failure { throw failure }
        do {
            guard try advance() else { return nil }
            return try readElement()
        } catch {
            failure = error
            throw error
        }
    }

    /// The next element, offered first unparsed to `accept` when it starts with `{` and lies within the
    /// current chunk: `accept` gets the bytes from the element's first byte to the chunk's end and returns
    /// its own result with the element's length, or nil. An accepted element is not parsed, so `accept`
    /// must only accept elements that `JSONParser` parses, ending where it would end them. Anything it
    /// declines is parsed as by `next()`, with the same errors at the same offsets.
    public mutating func next<Accepted>(
        offering accept: (UnsafeRawBufferPointer) -> (Accepted, length: Int)?
    ) throws -> JSONArrayItem<Accepted>? {
        if let failure { throw failure }
        do {
            guard try advance() else { return nil }
            if chunk[cursor] == UInt8(ascii: "{"), let (accepted, start) = offer(accept) {
                return .accepted(accepted, index: elementCount - 1, offset: start)
            }
            return .parsed(try readElement())
        } catch {
            failure = error
            throw error
        }
    }

    private mutating func offer<Accepted>(
        _ accept: (UnsafeRawBufferPointer) -> (Accepted, length: Int)?
    ) -> (Accepted, Int64)? {
        let available = chunk.endIndex - cursor
        guard let (accepted, length) = chunk[cursor...].withUnsafeBytes({ accept($0) }),
              length > 0, length <= available, length <= maxElementBytes else { return nil }
        let start = offset
        cursor += length
        position = .afterElement
        elementCount += 1
        return (accepted, start)
    }

    /// Moves to the start of the next element; false after the array's end.
    private mutating func advance() throws -> Bool {
        while true {
            switch position {
            case .beforeArray:
                let byte = try requireSignificantByte()
                guard byte == UInt8(ascii: "[") else { throw JSONStreamError(.notAnArray, offset: offset) }
                cursor += 1
                position = .firstElementOrEnd
            case .firstElementOrEnd:
                if try requireSignificantByte() == UInt8(ascii: "]") {
                    cursor += 1
                    position = .afterArray
                } else {
                    return true
                }
            case .elementAfterComma:
                _ = try requireSignificantByte()
                return true
            case .afterElement:
                switch try requireSignificantByte() {
                case UInt8(ascii: ","): position = .elementAfterComma
                case UInt8(ascii: "]"): position = .afterArray
                default: throw syntaxError(.expectedCommaOrBracket, at: offset)
                }
                cursor += 1
            case .afterArray:
                if try nextSignificantByte() != nil { throw syntaxError(.trailingContent, at: offset) }
                position = .finished
            case .finished:
                return false
            }
        }
    }

    // MARK: elements

    /// Reads the element starting at `cursor`.
    private mutating func readElement() throws -> JSONArrayElement {
        let start = offset
        let first = chunk[cursor]
        guard JSONElementScanner.canStartValue(first) else { throw syntaxError(.expectedValue, at: start) }
        let value: JSONValue
        if let (parsed, end) = try parseInPlace(startingAt: start) {
            guard end - cursor <= maxElementBytes else {
                throw JSONStreamError(.elementTooLarge(limit: maxElementBytes), offset: start)
            }
            value = parsed
            cursor = end
        } else {
            value = try scanAndParse(first: first, startingAt: start)
        }
        position = .afterElement
        defer { elementCount += 1 }
        return JSONArrayElement(value: value, index: elementCount, offset: start)
    }

    /// The fast path: parses the element straight from the chunk. Nil when it may go on in the next
    /// chunk (the parser ran out of bytes, or a number or literal touches the chunk's end).
    private mutating func parseInPlace(startingAt start: Int64) throws(JSONStreamError) -> (JSONValue, Int)? {
        let parser = parser
        let result = chunk[cursor...].withUnsafeBytes { bytes in
            Result { () throws(JSONParseError) in try parser.parsePrefix(bytes, workspace: &workspace) }
        }
        switch result {
        case .success(let (value, length)):
            let end = cursor + length
            if !Self.isDelimited(chunk[cursor]) {
                if end == chunk.endIndex { return nil }
                // `2x`: the scanner takes it as one bad element; so must this path.
                if JSONElementScanner.isBareByte(chunk[end]) {
                    throw syntaxError(.expectedCommaOrBracket, at: start + Int64(length))
                }
            }
            return (value, end)
        case .failure(let error) where error.reason == .unexpectedEnd:
            return nil
        case .failure(let error):
            throw JSONStreamError(.syntax(error.reason), offset: start + Int64(error.offset))
        }
    }

    private static func isDelimited(_ first: UInt8) -> Bool {
        first == UInt8(ascii: "{") || first == UInt8(ascii: "[") || first == UInt8(ascii: "\"")
    }

    /// The element crosses the chunk's end (or might): find its end with the scanner, then parse it.
    private mutating func scanAndParse(first: UInt8, startingAt start: Int64) throws -> JSONValue {
        var scanner = JSONElementScanner(firstByte: first)
        guard let end = scan(&scanner, from: cursor) else {
            return try readSpanningElement(&scanner, startingAt: start)
        }
        guard end - cursor <= maxElementBytes else {
            throw JSONStreamError(.elementTooLarge(limit: maxElementBytes), offset: start)
        }
        defer { cursor = end }
        return try parseInChunk(cursor..<end, startingAt: start)
    }

    /// Collects an element that continues past the current chunk into `pending`, then parses it.
    private mutating func readSpanningElement(_ scanner: inout JSONElementScanner,
                                              startingAt start: Int64) throws -> JSONValue {
        pending.removeAll(keepingCapacity: true)
        pending.append(contentsOf: chunk[cursor...])
        cursor = chunk.endIndex
        defer { releasePendingIfLarge() }
        while try refill() {
            let end = scan(&scanner, from: cursor)
            let taken = (end ?? chunk.endIndex) - cursor
            guard pending.count + taken <= maxElementBytes else {
                let tooLarge = JSONStreamError(.elementTooLarge(limit: maxElementBytes), offset: start)
                throw diagnosePending(startingAt: start, otherwise: tooLarge)
            }
            pending.append(contentsOf: chunk[cursor..<cursor + taken])
            cursor += taken
            if end != nil {
                if scanner.isBare { return try parseBarePending(startingAt: start, followedBy: chunk[cursor]) }
                return try parsePending(startingAt: start)
            }
        }
        guard scanner.isBare else {
            throw diagnosePending(startingAt: start, otherwise: syntaxError(.unexpectedEnd, at: offset))
        }
        return try parsePending(startingAt: start)
    }

    /// A number or literal that ends at `delimiter`, parsed with it so that `-]` fails as it does
    /// within one chunk.
    private mutating func parseBarePending(startingAt start: Int64,
                                           followedBy delimiter: UInt8) throws(JSONStreamError) -> JSONValue {
        pending.append(delimiter)
        let parser = parser
        let result = pending.withUnsafeBytes { bytes in
            Result { () throws(JSONParseError) in try parser.parsePrefix(bytes, workspace: &workspace) }
        }
        switch result {
        case .success(let (value, end)):
            guard end == pending.count - 1 else { throw syntaxError(.expectedCommaOrBracket, at: start + Int64(end)) }
            return value
        case .failure(let error):
            throw JSONStreamError(.syntax(error.reason), offset: start + Int64(error.offset))
        }
    }

    private mutating func scan(_ scanner: inout JSONElementScanner, from index: Int) -> Int? {
        let base = chunk.startIndex
        return chunk.withUnsafeBufferPointer { buffer in
            guard let bytes = buffer.baseAddress else { return nil }
            return scanner.scan(bytes, from: index - base, to: buffer.count).map { $0 + base }
        }
    }

    private mutating func parseInChunk(_ range: Range<Int>,
                                       startingAt start: Int64) throws(JSONStreamError) -> JSONValue {
        let parser = parser
        let result = chunk[range].withUnsafeBytes { bytes in
            Result { () throws(JSONParseError) in try parser.parse(bytes, workspace: &workspace) }
        }
        return try Self.value(of: result, startingAt: start)
    }

    private mutating func parsePending(startingAt start: Int64) throws(JSONStreamError) -> JSONValue {
        let parser = parser
        let result = pending.withUnsafeBytes { bytes in
            Result { () throws(JSONParseError) in try parser.parse(bytes, workspace: &workspace) }
        }
        return try Self.value(of: result, startingAt: start)
    }

    private static func value(of result: Result<JSONValue, JSONParseError>,
                              startingAt start: Int64) throws(JSONStreamError) -> JSONValue {
        switch result {
        case .success(let value): return value
        case .failure(let error):
            // The element is inside the array, so what may follow it is `,` or `]`.
            let reason = error.reason == .trailingContent ? .expectedCommaOrBracket : error.reason
            throw JSONStreamError(.syntax(reason), offset: start + Int64(error.offset))
        }
    }

    /// For an element cut short (by the end of the stream or the size limit): the parser's first
    /// error in the bytes so far, if it finds one before their end; else `fallback`.
    private mutating func diagnosePending(startingAt start: Int64,
                                          otherwise fallback: JSONStreamError) -> JSONStreamError {
        do {
            _ = try parsePending(startingAt: start)
        } catch where error.reason != .syntax(.unexpectedEnd) {
            return error
        } catch {}
        return fallback
    }

    private mutating func releasePendingIfLarge() {
        if pending.capacity > 1 << 20 { pending = [] } else { pending.removeAll(keepingCapacity: true) }
    }

    private func syntaxError(_ reason: JSONParseError.Reason, at offset: Int64) -> JSONStreamError {
        JSONStreamError(.syntax(reason), offset: offset)
    }

    // MARK: input

    /// The next byte that is not RFC 8259 whitespace, left unconsumed; nil at the end of the stream.
    private mutating func nextSignificantByte() throws -> UInt8? {
        while true {
            while cursor < chunk.endIndex {
                switch chunk[cursor] {
                case 0x20, 0x0A, 0x0D, 0x09: cursor += 1
                case let byte: return byte
                }
            }
            guard try refill() else { return nil }
        }
    }

    private mutating func requireSignificantByte() throws -> UInt8 {
        guard let byte = try nextSignificantByte() else { throw syntaxError(.unexpectedEnd, at: offset) }
        return byte
    }

    /// Replaces the consumed chunk with the next non-empty one; false at the end of the stream.
    private mutating func refill() throws -> Bool {
        chunkOffset += Int64(chunk.count)
        chunk = []  // drops our reference first, so the source can reuse its buffer without copying
        cursor = 0
        while !sourceEnded {
            guard let next = try source() else {
                sourceEnded = true
                break
            }
            if !next.isEmpty {
                chunk = next
                cursor = next.startIndex
                return true
            }
        }
        return false
    }
}
