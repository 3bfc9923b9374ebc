extension JSONByteParser {
    /// Parses the string whose opening quote is at `index` (RFC 8259 §7) and moves past its closing
    /// quote. Member names go through the workspace's name cache.
    mutating func parseString(isName: Bool) throws(JSONParseError) -> String {
        let contentStart = index + 1
        var position = contentStart
        while true {
            position = skipPlainASCII(from: position)
            guard position < count else { throw JSONParseError(.unexpectedEnd, offset: count) }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                index = position + 1
                let content = UnsafeBufferPointer(start: bytes + contentStart, count: position - contentStart)
                return isName ? workspace.names.name(content) : String(decoding: content, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { return try parseEscapedString(from: contentStart, firstEscape: position) }
            if byte < 0x20 { throw JSONParseError(.controlCharacterInString, offset: position) }
            position = byte < 0x80 ? position + 1 : try validatedUTF8Sequence(at: position)
        }
    }

    @inline(__always)
    private func skipPlainASCII(from position: Int) -> Int {
        JSONBytes.skipPlainASCII(bytes, from: position, count: count)
    }

    /// The slow path: copies the string into the workspace's scratch buffer, replacing escapes.
    private mutating func parseEscapedString(from contentStart: Int,
                                             firstEscape: Int) throws(JSONParseError) -> String {
        workspace.scratch.removeAll(keepingCapacity: true)
        workspace.scratch.append(
            contentsOf: UnsafeBufferPointer(start: bytes + contentStart, count: firstEscape - contentStart))
        var position = firstEscape
        while position < count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                index = position + 1
                return String(decoding: workspace.scratch, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                position = try appendEscape(at: position)
            } else if byte < 0x20 {
                throw JSONParseError(.controlCharacterInString, offset: position)
            } else if byte < 0x80 {
                workspace.scratch.append(byte)
                position += 1
            } else {
                let end = try validatedUTF8Sequence(at: position)
                let sequence = UnsafeBufferPointer(start: bytes + position, count: end - position)
                workspace.scratch.append(contentsOf: sequence)
                position = end
            }
        }
        throw JSONParseError(.unexpectedEnd, offset: count)
    }

    /// Appends the character escaped at `position` (a backslash) and returns the index after the escape.
    private mutating func appendEscape(at position: Int) throws(JSONParseError) -> Int {
        guard position + 1 < count else { throw JSONParseError(.unexpectedEnd, offset: count) }
        let replacement: UInt8
        switch bytes[position + 1] {
        case UInt8(ascii: "\""): replacement = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): replacement = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): replacement = UInt8(ascii: "/")
        case UInt8(ascii: "b"): replacement = 0x08
        case UInt8(ascii: "f"): replacement = 0x0C
        case UInt8(ascii: "n"): replacement = 0x0A
        case UInt8(ascii: "r"): replacement = 0x0D
        case UInt8(ascii: "t"): replacement = 0x09
        case UInt8(ascii: "u"): return try appendUnicodeEscape(at: position)
        default: throw JSONParseError(.invalidEscape, offset: position)
        }
        workspace.scratch.append(replacement)
        return position + 2
    }

    /// `\uXXXX`, or a `\uD8xx\uDCxx` surrogate pair, at `position`.
    private mutating func appendUnicodeEscape(at position: Int) throws(JSONParseError) -> Int {
        let unit = UInt32(try hexQuad(at: position + 2))
        switch unit {
        case 0xD800...0xDBFF:
            let next = position + 6
            try expectByte(UInt8(ascii: "\\"), at: next, otherwise: .loneSurrogate, reportedAt: position)
            try expectByte(UInt8(ascii: "u"), at: next + 1, otherwise: .loneSurrogate, reportedAt: position)
            let low = UInt32(try hexQuad(at: next + 2))
            guard (0xDC00...0xDFFF).contains(low) else { throw JSONParseError(.loneSurrogate, offset: position) }
            appendUTF8(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
            return next + 6
        case 0xDC00...0xDFFF:
            throw JSONParseError(.loneSurrogate, offset: position)
        default:
            appendUTF8(unit)
            return position + 6
        }
    }

    private func expectByte(_ expected: UInt8, at position: Int, otherwise reason: JSONParseError.Reason,
                            reportedAt errorOffset: Int) throws(JSONParseError) {
        guard position < count else { throw JSONParseError(.unexpectedEnd, offset: count) }
        guard bytes[position] == expected else { throw JSONParseError(reason, offset: errorOffset) }
    }

    /// Appends a scalar value (not a surrogate) as UTF-8.
    private mutating func appendUTF8(_ value: UInt32) {
        switch value {
        case 0..<0x80:
            workspace.scratch.append(UInt8(value))
        case 0x80..<0x800:
            workspace.scratch.append(0xC0 | UInt8(value >> 6))
            workspace.scratch.append(0x80 | UInt8(value & 0x3F))
        case 0x800..<0x10000:
            workspace.scratch.append(0xE0 | UInt8(value >> 12))
            workspace.scratch.append(0x80 | UInt8((value >> 6) & 0x3F))
            workspace.scratch.append(0x80 | UInt8(value & 0x3F))
        default:
            workspace.scratch.append(0xF0 | UInt8(value >> 18))
            workspace.scratch.append(0x80 | UInt8((value >> 12) & 0x3F))
            workspace.scratch.append(0x80 | UInt8((value >> 6) & 0x3F))
            workspace.scratch.append(0x80 | UInt8(value & 0x3F))
        }
    }

    /// Four hex digits at `position`.
    private func hexQuad(at position: Int) throws(JSONParseError) -> UInt16 {
        var value: UInt16 = 0
        for offset in 0..<4 {
            guard position + offset < count else { throw JSONParseError(.unexpectedEnd, offset: count) }
            guard let digit = HexDigit.value(bytes[position + offset]) else {
                throw JSONParseError(.invalidUnicodeEscape, offset: position - 2)
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    /// Checks the multi-byte UTF-8 sequence starting at `position` (RFC 3629 §4: no overlong forms,
    /// no surrogates, nothing above U+10FFFF) and returns the index after it.
    func validatedUTF8Sequence(at position: Int) throws(JSONParseError) -> Int {
        guard let (length, secondRange) = JSONBytes.utf8Lead(bytes[position]) else {
            throw JSONParseError(.invalidUTF8, offset: position)
        }
        for offset in 1..<length {
            guard position + offset < count else { throw JSONParseError(.unexpectedEnd, offset: count) }
            let range = offset == 1 ? secondRange : 0x80...0xBF
            guard range.contains(bytes[position + offset]) else { throw JSONParseError(.invalidUTF8, offset: position) }
        }
        return position + length
    }
}
