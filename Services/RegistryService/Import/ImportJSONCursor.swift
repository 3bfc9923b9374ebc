import JSON

/// A validating cursor over the bytes of one JSON element, for the import's fast path (`UnitRecordSplicer`).
///
/// It accepts a strict subset of what `JSONParser` accepts, and answers nil for anything outside it:
/// strings without escapes (valid UTF-8, no control characters, checked as the parser checks them),
/// numbers of at most 100 integer digits with an exponent of at most 2 digits (so never out of range),
/// `true`/`false`/`null`, and nesting up to `maxDepth` levels. A nil sends the record to the parser,
/// which then reports any syntax error exactly as before; so whatever this cursor accepts the parser
/// accepts too, with the same end.
struct ImportJSONCursor {
    static let maxDepth = 32

    let bytes: UnsafePointer<UInt8>
    let count: Int
    var index: Int

    init(_ bytes: UnsafePointer<UInt8>, count: Int, at index: Int = 0) {
        self.bytes = bytes
        self.count = count
        self.index = index
    }

    /// RFC 8259 whitespace.
    @inline(__always)
    mutating func skipWhitespace() {
        index = JSONBytes.skipWhitespace(bytes, from: index, count: count)
    }

    /// The next byte after whitespace, consumed when it is `byte`.
    @inline(__always)
    mutating func take(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard index < count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// Walks the object at `index`, giving each member's name (content, without quotes) and value range
    /// (quotes included for strings) to `member`; false when the object is not in the accepted subset
    /// or `member` returns false.
    mutating func object(depth: Int = 1, _ member: (Range<Int>, Range<Int>) -> Bool) -> Bool {
        guard depth <= Self.maxDepth, take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        while true {
            skipWhitespace()
            guard let name = string() else { return false }
            guard take(UInt8(ascii: ":")) else { return false }
            skipWhitespace()
            guard let value = value(depth: depth) else { return false }
            guard member(name.lowerBound + 1..<name.upperBound - 1, value) else { return false }
            if take(UInt8(ascii: ",")) { continue }
            return take(UInt8(ascii: "}"))
        }
    }

    /// Walks the object at `index`, putting the value range of each member `names` knows into that name's
    /// slot of `found` (which the caller has cleared); false when the object is not accepted or a known
    /// name repeats. Unknown names are skipped.
    mutating func members(_ names: ImportNameTable, into found: inout [Range<Int>?]) -> Bool {
        let bytes = self.bytes
        return object { name, value in
            guard let slot = names.slot(bytes, name) else { return true }
            guard found[slot] == nil else { return false }
            found[slot] = value
            return true
        }
    }

    /// Walks the array at `index`, giving each item's range to `item`.
    mutating func array(depth: Int = 1, _ item: (Range<Int>) -> Bool) -> Bool {
        guard depth <= Self.maxDepth, take(UInt8(ascii: "[")) else { return false }
        if take(UInt8(ascii: "]")) { return true }
        while true {
            skipWhitespace()
            guard let value = value(depth: depth), item(value) else { return false }
            if take(UInt8(ascii: ",")) { continue }
            return take(UInt8(ascii: "]"))
        }
    }

    /// The value at `index` (no whitespace before it), validated and passed.
    mutating func value(depth: Int) -> Range<Int>? {
        guard index < count else { return nil }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "\""): return string()
        case UInt8(ascii: "{"): guard object(depth: depth + 1, { _, _ in true }) else { return nil }
        case UInt8(ascii: "["): guard array(depth: depth + 1, { _ in true }) else { return nil }
        case UInt8(ascii: "t"): guard literal("true") else { return nil }
        case UInt8(ascii: "f"): guard literal("false") else { return nil }
        case UInt8(ascii: "n"): guard literal("null") else { return nil }
        default: guard number() else { return nil }
        }
        return start..<index
    }

    /// The string at `index`, quotes included, when it has no escapes and is valid UTF-8 without control
    /// characters.
    mutating func string() -> Range<Int>? {
        guard index < count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        let start = index
        var position = index + 1
        while true {
            position = skipPlainASCII(from: position)
            guard position < count else { return nil }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                index = position + 1
                return start..<index
            }
            guard byte >= 0x80, let end = utf8SequenceEnd(at: position) else { return nil }
            position = end
        }
    }

    private mutating func literal(_ text: StaticString) -> Bool {
        let length = text.utf8CodeUnitCount
        guard index + length <= count else { return false }
        for offset in 0..<length where bytes[index + offset] != text.utf8Start[offset] { return false }
        index += length
        return true
    }

    /// `-? (0 | [1-9][0-9]{0,99}) (. [0-9]+)? ([eE] [+-]? [0-9]{1,2})?`, followed by a non-number byte.
    private mutating func number() -> Bool {
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < count, isDigit(bytes[index]) else { return false }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            guard digits() <= 100 else { return false }
        }
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return false }
        }
        if index < count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard (1...2).contains(digits()) else { return false }
        }
        // What follows must end the number, as the parser sees it (`01`, `1.`, `1e` are its errors).
        return index < count && !isDigit(bytes[index]) && bytes[index] != UInt8(ascii: ".")
            && bytes[index] | 0x20 != UInt8(ascii: "e")
    }

    private mutating func digits() -> Int {
        let start = index
        while index < count, isDigit(bytes[index]) { index += 1 }
        return index - start
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    @inline(__always)
    private func skipPlainASCII(from position: Int) -> Int {
        JSONBytes.skipPlainASCII(bytes, from: position, count: count)
    }

    /// The end of the multi-byte UTF-8 sequence at `position` (RFC 3629: no overlong forms, no
    /// surrogates, nothing above U+10FFFF), or nil.
    private func utf8SequenceEnd(at position: Int) -> Int? {
        guard let (length, second) = JSONBytes.utf8Lead(bytes[position]) else { return nil }
        guard position + length <= count, second.contains(bytes[position + 1]) else { return nil }
        for offset in 2..<length where !(0x80...0xBF).contains(bytes[position + offset]) { return nil }
        return position + length
    }
}
