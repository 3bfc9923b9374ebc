/// Why bytes are not one JSON text (RFC 8259), and where: `offset` counts bytes from the start of
/// the parsed buffer.
public struct JSONParseError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable, CustomStringConvertible {
        /// The input stopped inside a value.
        case unexpectedEnd
        /// A byte that cannot start a value (`'`, `N`, `]` after a comma...).
        case expectedValue
        /// An object member must start with a string (§4).
        case expectedMemberName
        case expectedColon
        case expectedCommaOrBracket
        case expectedCommaOrBrace
        /// Something other than `true`, `false` or `null`.
        case invalidLiteral
        /// A number starts with `0` followed by a digit (§6).
        case leadingZero
        /// A number lacks digits where §6 needs them (`-`, `1.`, `1e`).
        case invalidNumber
        /// A number too large for a `Double`.
        case numberOutOfRange
        /// A backslash not followed by one of `"\/bfnrtu` (§7).
        case invalidEscape
        /// `\u` not followed by four hex digits.
        case invalidUnicodeEscape
        /// A `\uD800`–`\uDFFF` escape that is not half of a surrogate pair.
        case loneSurrogate
        /// A byte below 0x20 inside a string; it must be escaped (§7).
        case controlCharacterInString
        /// Bytes that are not UTF-8 (§8.1).
        case invalidUTF8
        /// Arrays and objects nested deeper than the parser's limit.
        case nestingTooDeep(limit: Int)
        /// Non-whitespace after the value.
        case trailingContent

        public var description: String {
            switch self {
            case .unexpectedEnd: return "unexpected end of input"
            case .expectedValue: return "expected a value"
            case .expectedMemberName: return "expected a member name string"
            case .expectedColon: return "expected ':'"
            case .expectedCommaOrBracket: return "expected ',' or ']'"
            case .expectedCommaOrBrace: return "expected ',' or '}'"
            case .invalidLiteral: return "invalid literal"
            case .leadingZero: return "leading zero in number"
            case .invalidNumber: return "invalid number"
            case .numberOutOfRange: return "number out of range"
            case .invalidEscape: return "invalid escape sequence"
            case .invalidUnicodeEscape: return "invalid \\u escape"
            case .loneSurrogate: return "lone surrogate in \\u escape"
            case .controlCharacterInString: return "unescaped control character in string"
            case .invalidUTF8: return "invalid UTF-8"
            case .nestingTooDeep(let limit): return "nesting deeper than \(limit)"
            case .trailingContent: return "unexpected content after the value"
            }
        }
    }

    public let reason: Reason
    public let offset: Int

    public init(_ reason: Reason, offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    public var description: String { "\(reason) at byte \(offset)" }
}
