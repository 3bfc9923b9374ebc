import JSON

/// Percent-decoding of path segments and query components (RFC 3986 §2.1).
public enum PercentDecoding {
    /// Decodes `%XX` escapes; with `plusAsSpace` (query strings, form encoding) `+` becomes a space.
    /// Returns nil for a malformed escape or bytes that are not UTF-8.
    public static func decode<S: StringProtocol>(_ text: S, plusAsSpace: Bool = false) -> String? {
        // Already a String, so valid UTF-8: without an escape it decodes to itself.
        if !hasEscapes(text.utf8, plusAsSpace: plusAsSpace) { return String(text) }
        return decodeEscapes(text.utf8, plusAsSpace: plusAsSpace)
    }

    /// The same for UTF-8 bytes (a path segment cut from the request's path).
    public static func decode(_ utf8: UnsafeBufferPointer<UInt8>, plusAsSpace: Bool = false) -> String? {
        if !hasEscapes(utf8, plusAsSpace: plusAsSpace) { return String(validating: utf8, as: UTF8.self) }
        return decodeEscapes(utf8, plusAsSpace: plusAsSpace)
    }

    private static func hasEscapes(_ utf8: some Sequence<UInt8>, plusAsSpace: Bool) -> Bool {
        utf8.contains { $0 == UInt8(ascii: "%") || (plusAsSpace && $0 == UInt8(ascii: "+")) }
    }

    private static func decodeEscapes<Bytes: Collection<UInt8>>(_ utf8: Bytes, plusAsSpace: Bool) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(HexDigit.value), let low = iterator.next().flatMap(HexDigit.value) else {
                    return nil
                }
                bytes.append(high << 4 | low)
            case UInt8(ascii: "+") where plusAsSpace:
                bytes.append(UInt8(ascii: " "))
            default:
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
