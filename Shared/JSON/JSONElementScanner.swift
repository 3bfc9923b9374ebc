/// Finds where one JSON value ends without parsing it: tracks string, escape and nesting state
/// byte by byte, so it can stop at any chunk boundary and resume with the next chunk. It trusts the
/// bytes; the parser checks them once the element is whole.
struct JSONElementScanner {
    private enum Mode {
        /// An array, an object or a string: ends at its closing byte.
        case delimited
        /// A number or literal: ends before the first byte that cannot belong to it.
        case bare
    }

    private let mode: Mode
    private var depth = 0
    private var inString = false
    /// The previous chunk ended with a backslash inside a string.
    private var escapePending = false

    /// Whether `byte` can start an element at all; anything else is a syntax error there.
    static func canStartValue(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "\"") || isBareByte(byte)
    }

    /// A byte that can continue a number or literal.
    @inline(__always)
    static func isBareByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }

    init(firstByte: UInt8) {
        switch firstByte {
        case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""): mode = .delimited
        default: mode = .bare
        }
    }

    /// A number or literal: it ends before the first byte that cannot belong to it, or where the
    /// input ends.
    var isBare: Bool { mode == .bare }

    /// Scans `bytes[start..<end]`, the element's next bytes (its first byte included in the first
    /// call). Returns the index just past the element, or nil if it goes on after `end`.
    mutating func scan(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int? {
        switch mode {
        case .bare:
            var index = start
            while index < end && Self.isBareByte(bytes[index]) { index += 1 }
            return index < end ? index : nil
        case .delimited:
            return scanDelimited(bytes, from: start, to: end)
        }
    }

    private mutating func scanDelimited(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int? {
        var index = start
        if escapePending {
            guard index < end else { return nil }
            escapePending = false
            index += 1
        }
        while index < end {
            if inString {
                while index < end && bytes[index] != UInt8(ascii: "\"") && bytes[index] != UInt8(ascii: "\\") {
                    index += 1
                }
                guard index < end else { return nil }
                if bytes[index] == UInt8(ascii: "\\") {
                    index += 2
                    if index > end { escapePending = true }
                    continue
                }
                inString = false
                index += 1
                if depth == 0 { return index }
            } else {
                while index < end && !Self.isStructural(bytes[index]) { index += 1 }
                guard index < end else { return nil }
                switch bytes[index] {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                default:
                    depth -= 1
                    if depth == 0 { return index + 1 }
                }
                index += 1
            }
        }
        return nil
    }

    /// `"`, `{`, `[`, `}` or `]` (`[` and `]` differ from `{` and `}` only in bit 0x20).
    @inline(__always)
    private static func isStructural(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return byte == UInt8(ascii: "\"") || folded == UInt8(ascii: "{") || folded == UInt8(ascii: "}")
    }
}
