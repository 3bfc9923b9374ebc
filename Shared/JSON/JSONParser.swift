/// A strict RFC 8259 parser from UTF-8 bytes to `JSONValue`.
///
/// Integers that fit `Int64` become `.int`; other numbers become `.double` (`-0` too, keeping its
/// sign). Strings must be valid UTF-8 and `\u` escapes may not leave lone surrogates. Object member
/// order and repeated names are kept as written. No byte order mark, comments, trailing commas,
/// `NaN` or leading zeros. Errors carry the byte offset.
public struct JSONParser: Sendable {
    public static let defaultMaxDepth = 512

    /// How deeply arrays and objects may nest; one more level is an error. Parsing recurses once
    /// per level, so keep this well within the thread's stack.
    public var maxDepth: Int

    public init(maxDepth: Int = JSONParser.defaultMaxDepth) {
        self.maxDepth = maxDepth
    }

    /// Parses exactly one JSON text, with optional surrounding whitespace.
    public func parse(_ bytes: UnsafeRawBufferPointer) throws(JSONParseError) -> JSONValue {
        var workspace = JSONParserWorkspace()
        return try parse(bytes, workspace: &workspace)
    }

    public func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(JSONParseError) in try parse(buffer) }
        }.get()
    }

    public func parse(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONValue {
        let result = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(JSONParseError) in try parse(UnsafeRawBufferPointer(buffer)) }
        }
        return try (result ?? Result { () throws(JSONParseError) in try parse(Array(bytes)) }).get()
    }

    public func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        var text = text
        return try text.withUTF8 { buffer in
            Result { () throws(JSONParseError) in try parse(UnsafeRawBufferPointer(buffer)) }
        }.get()
    }

    /// Parses with a caller-owned workspace, so repeated calls reuse its buffers and names.
    func parse(_ bytes: UnsafeRawBufferPointer,
               workspace: inout JSONParserWorkspace) throws(JSONParseError) -> JSONValue {
        try withByteParser(bytes, workspace: &workspace) { parser throws(JSONParseError) in try parser.parseDocument() }
    }

    /// Parses the one value that starts at `bytes[0]` and returns it with the index just past it;
    /// what follows is not looked at. An `.unexpectedEnd` error means the value may go on past `bytes`.
    func parsePrefix(_ bytes: UnsafeRawBufferPointer,
                     workspace: inout JSONParserWorkspace) throws(JSONParseError) -> (value: JSONValue, end: Int) {
        try withByteParser(bytes, workspace: &workspace) { parser throws(JSONParseError) in
            (try parser.parseValue(depth: 0), parser.index)
        }
    }

    private func withByteParser<Result>(
        _ bytes: UnsafeRawBufferPointer, workspace: inout JSONParserWorkspace,
        _ body: (inout JSONByteParser) throws(JSONParseError) -> Result
    ) throws(JSONParseError) -> Result {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            throw JSONParseError(.unexpectedEnd, offset: 0)
        }
        var parser = JSONByteParser(bytes: base.assumingMemoryBound(to: UInt8.self), count: bytes.count,
                                    maxDepth: maxDepth, workspace: workspace)
        workspace = JSONParserWorkspace()  // the parser's copy is now the only one, so it grows in place
        defer { workspace = parser.takeWorkspace() }
        return try body(&parser)
    }
}
