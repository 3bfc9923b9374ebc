/// Byte rules of JSON text (RFC 8259, and RFC 3629 for string content), shared by `JSONByteParser` and
/// by readers that check records in place without building values (the Registry import's fast path).
public enum JSONBytes {
    /// The first index from `position` that is not RFC 8259 whitespace (space, tab, line feed,
    /// carriage return); `count` if there is none.
    @inlinable
    public static func skipWhitespace(_ bytes: UnsafePointer<UInt8>, from position: Int, count: Int) -> Int {
        var position = position
        while position < count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return position
            }
        }
        return position
    }

    /// The first index from `position` whose byte is a quote, a backslash, a control character or
    /// non-ASCII, eight bytes at a time; `count` if there is none.
    @inlinable
    public static func skipPlainASCII(_ bytes: UnsafePointer<UInt8>, from position: Int, count: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var position = position
        while position + 8 <= count {
            let word = UnsafeRawPointer(bytes + position).loadUnaligned(as: UInt64.self)
            let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
            let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
            // A byte's high bit is set where it is zero after the XOR, below 0x20, or non-ASCII; a
            // borrow can mark bytes above a marked one too, so only the lowest mark is exact.
            let marks = ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)
                | ((word &- ones &* 0x20) & ~word) | word
            let special = marks & highBits
            if special != 0 { return position + special.trailingZeroBitCount >> 3 }
            position += 8
        }
        while position < count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { break }
            position += 1
        }
        return position
    }

    /// The length of the UTF-8 sequence a lead byte starts, and the range its second byte must be in
    /// (no overlong forms, no surrogates, nothing above U+10FFFF); nil for a byte that cannot lead one.
    /// Later bytes are all in 0x80...0xBF.
    @inlinable
    public static func utf8Lead(_ byte: UInt8) -> (length: Int, second: ClosedRange<UInt8>)? {
        switch byte {
        case 0xC2...0xDF: return (2, 0x80...0xBF)
        case 0xE0: return (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: return (3, 0x80...0xBF)
        case 0xED: return (3, 0x80...0x9F)
        case 0xF0: return (4, 0x90...0xBF)
        case 0xF1...0xF3: return (4, 0x80...0xBF)
        case 0xF4: return (4, 0x80...0x8F)
        default: return nil
        }
    }
}
