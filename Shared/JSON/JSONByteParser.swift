/// The recursive-descent parser behind `JSONParser`, over one contiguous buffer. Offsets in its
/// errors count from `bytes`.
struct JSONByteParser {
    let bytes: UnsafePointer<UInt8>
    let count: Int
    let maxDepth: Int
    var index = 0
    var workspace: JSONParserWorkspace

    init(bytes: UnsafePointer<UInt8>, count: Int, maxDepth: Int, workspace: JSONParserWorkspace) {
        self.bytes = bytes
        self.count = count
        self.maxDepth = maxDepth
        self.workspace = workspace
    }

    /// Hands the workspace back, leaving this parser without one.
    mutating func takeWorkspace() -> JSONParserWorkspace {
        defer { workspace = JSONParserWorkspace() }
        workspace.scratch.removeAll(keepingCapacity: true)
        return workspace
    }

    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        let value = try parseValue(depth: 0)
        skipWhitespace()
        guard index == count else { throw JSONParseError(.trailingContent, offset: index) }
        return value
    }

    /// RFC 8259 §2: space, tab, line feed, carriage return.
    @inline(__always)
    mutating func skipWhitespace() {
        index = JSONBytes.skipWhitespace(bytes, from: index, count: count)
    }

    mutating func parseValue(depth: Int) throws(JSONParseError) -> JSONValue {
        guard index < count else { throw JSONParseError(.unexpectedEnd, offset: index) }
        switch bytes[index] {
        case UInt8(ascii: "\""): return .string(try parseString(isName: false))
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        case UInt8(ascii: "t"): try parseLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try parseLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try parseLiteral("null"); return .null
        default: throw JSONParseError(.expectedValue, offset: index)
        }
    }

    private mutating func parseLiteral(_ literal: StaticString) throws(JSONParseError) {
        let start = index
        let length = literal.utf8CodeUnitCount
        let expected = literal.utf8Start
        for offset in 0..<length {
            guard start + offset < count else { throw JSONParseError(.unexpectedEnd, offset: count) }
            guard bytes[start + offset] == expected[offset] else {
                throw JSONParseError(.invalidLiteral, offset: start)
            }
        }
        index = start + length
    }

    private mutating func parseArray(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth <= maxDepth else { throw JSONParseError(.nestingTooDeep(limit: maxDepth), offset: index) }
        index += 1
        skipWhitespace()
        if index < count && bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array([])
        }
        var items: [JSONValue] = []
        while true {
            items.append(try parseValue(depth: depth))
            skipWhitespace()
            guard index < count else { throw JSONParseError(.unexpectedEnd, offset: index) }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
                skipWhitespace()
            case UInt8(ascii: "]"):
                index += 1
                return .array(items)
            default:
                throw JSONParseError(.expectedCommaOrBracket, offset: index)
            }
        }
    }

    private mutating func parseObject(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth <= maxDepth else { throw JSONParseError(.nestingTooDeep(limit: maxDepth), offset: index) }
        index += 1
        skipWhitespace()
        if index < count && bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object([])
        }
        var members: [(String, JSONValue)] = []
        members.reserveCapacity(workspace.expectedMemberCount(atDepth: depth))
        while true {
            guard index < count else { throw JSONParseError(.unexpectedEnd, offset: index) }
            guard bytes[index] == UInt8(ascii: "\"") else { throw JSONParseError(.expectedMemberName, offset: index) }
            let name = try parseString(isName: true)
            skipWhitespace()
            guard index < count else { throw JSONParseError(.unexpectedEnd, offset: index) }
            guard bytes[index] == UInt8(ascii: ":") else { throw JSONParseError(.expectedColon, offset: index) }
            index += 1
            skipWhitespace()
            members.append((name, try parseValue(depth: depth)))
            skipWhitespace()
            guard index < count else { throw JSONParseError(.unexpectedEnd, offset: index) }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
                skipWhitespace()
            case UInt8(ascii: "}"):
                index += 1
                workspace.noteMemberCount(members.count, atDepth: depth)
                return .object(members)
            default:
                throw JSONParseError(.expectedCommaOrBrace, offset: index)
            }
        }
    }
}
