import JSON

/// Syntax of `Host` values and authorities: uri-host [ ":" port ] (RFC 9110 §7.2, RFC 3986 §3.2).
/// No userinfo, no whitespace; an IP-literal is bracketed.
enum HostValidation {
    static func isValidAuthority(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var hostEnd = bytes.count
        var i = 0
        if bytes.first == UInt8(ascii: "[") {
            guard let close = bytes.firstIndex(of: UInt8(ascii: "]")) else { return false }
            for j in 1..<close where !isIPLiteralByte(bytes[j]) { return false }
            i = close + 1
            guard i == bytes.count || bytes[i] == ByteClass.colon else { return false }
            hostEnd = i
        } else {
            while i < bytes.count, bytes[i] != ByteClass.colon {
                guard isRegNameByte(bytes[i]) else { return false }
                i += 1
            }
            hostEnd = i
        }
        guard hostEnd < bytes.count else { return true }
        // ":" port, where port = *DIGIT
        for j in (hostEnd + 1)..<bytes.count where !ByteClass.isDigit(bytes[j]) { return false }
        return true
    }

    /// reg-name = *( unreserved / pct-encoded / sub-delims )
    private static func isRegNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "%"),
             UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("),
             UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"),
             UInt8(ascii: "="):
            return true
        default:
            return false
        }
    }

    private static func isIPLiteralByte(_ byte: UInt8) -> Bool {
        HexDigit.value(byte) != nil || byte == ByteClass.colon || byte == UInt8(ascii: ".")
            || isRegNameByte(byte)
    }
}
