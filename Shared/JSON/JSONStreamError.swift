/// Why a streamed JSON array cannot be read on. Always fatal: after a syntax error nobody can tell
/// where the next element starts. `offset` counts bytes of the stream read (after decompression).
public struct JSONStreamError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable, CustomStringConvertible {
        /// The stream's top-level value does not start with `[`.
        case notAnArray
        /// An RFC 8259 violation, between elements or inside one.
        case syntax(JSONParseError.Reason)
        /// One element is longer than the reader's limit.
        case elementTooLarge(limit: Int)

        public var description: String {
            switch self {
            case .notAnArray: return "the top-level value is not an array"
            case .syntax(let reason): return reason.description
            case .elementTooLarge(let limit): return "an array element is larger than \(limit) bytes"
            }
        }
    }

    public let reason: Reason
    public let offset: Int64

    public init(_ reason: Reason, offset: Int64) {
        self.reason = reason
        self.offset = offset
    }

    public var description: String { "\(reason) at byte \(offset)" }
}
