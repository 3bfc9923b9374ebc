extension JSONByteParser {
    /// Parses the number at `index` (RFC 8259 §6): `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    /// Integers that fit `Int64` become `.int`; everything else `.double`.
    mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = index
        var position = index
        let negative = bytes[position] == UInt8(ascii: "-")
        if negative { position += 1 }

        var significand: UInt64 = 0
        var digitCount = 0
        guard position < count else { throw JSONParseError(.unexpectedEnd, offset: count) }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < count, isDigit(bytes[position]) { throw JSONParseError(.leadingZero, offset: position - 1) }
        } else {
            guard isDigit(bytes[position]) else { throw JSONParseError(.invalidNumber, offset: position) }
            position = accumulateDigits(from: position, into: &significand, count: &digitCount)
        }

        let integerEnd = position
        if position < count, bytes[position] == UInt8(ascii: ".") {
            position = try requireDigit(at: position + 1)
            position = accumulateDigits(from: position, into: &significand, count: &digitCount)
        }
        let fractionDigits = position - integerEnd - (position > integerEnd ? 1 : 0)
        var exponent = 0
        if position < count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position = try parseExponent(from: position + 1, into: &exponent)
        }
        index = position

        if position == integerEnd, digitCount <= 19, let integer = Self.integer(significand, negative: negative) {
            return .int(integer)
        }
        if digitCount <= 19, let value = Self.exactDouble(significand, exponent: exponent - fractionDigits) {
            return .double(negative ? -value : value)
        }
        return try slowDouble(from: start, to: position)
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    /// Reads digits from `position`; keeps the first 19 in `significand` (they always fit).
    @inline(__always)
    private func accumulateDigits(from position: Int, into significand: inout UInt64,
                                  count digitCount: inout Int) -> Int {
        var position = position
        while position < count {
            let digit = bytes[position] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            if digitCount < 19 { significand = significand &* 10 &+ UInt64(digit) }
            digitCount += 1
            position += 1
        }
        return position
    }

    private func requireDigit(at position: Int) throws(JSONParseError) -> Int {
        guard position < count else { throw JSONParseError(.unexpectedEnd, offset: count) }
        guard isDigit(bytes[position]) else { throw JSONParseError(.invalidNumber, offset: position) }
        return position
    }

    private func parseExponent(from position: Int, into exponent: inout Int) throws(JSONParseError) -> Int {
        var position = position
        var negative = false
        if position < count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
            negative = bytes[position] == UInt8(ascii: "-")
            position += 1
        }
        position = try requireDigit(at: position)
        var value = 0
        while position < count, isDigit(bytes[position]) {
            value = min(value * 10 + Int(bytes[position] &- UInt8(ascii: "0")), 1_000_000)
            position += 1
        }
        exponent = negative ? -value : value
        return position
    }

    private static func integer(_ magnitude: UInt64, negative: Bool) -> Int64? {
        if negative {
            if magnitude == 0 { return nil }  // -0 stays a double, keeping its sign
            return magnitude <= UInt64(Int64.max) + 1 ? Int64(truncatingIfNeeded: 0 &- magnitude) : nil
        }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// `significand × 10^exponent` when both operands are exact doubles, so one rounding is exact
    /// (Clinger's fast path); nil otherwise.
    private static func exactDouble(_ significand: UInt64, exponent: Int) -> Double? {
        guard significand <= 1 << 53, (-22...22).contains(exponent) else { return nil }
        let value = Double(significand)
        return exponent < 0 ? value / powersOfTen[-exponent] : value * powersOfTen[exponent]
    }

    private func slowDouble(from start: Int, to end: Int) throws(JSONParseError) -> JSONValue {
        let text = String(decoding: UnsafeBufferPointer(start: bytes + start, count: end - start), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw JSONParseError(.numberOutOfRange, offset: start) }
        return .double(value)
    }
}
