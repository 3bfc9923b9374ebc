import XCTest
import JSON

final class JSONParserTests: XCTestCase {
    private func parse(_ text: String, maxDepth: Int = JSONParser.defaultMaxDepth) throws -> JSONValue {
        try JSONValue.parse(text, maxDepth: maxDepth)
    }

    private func assertRejects(_ bytes: [UInt8], _ reason: JSONParseError.Reason, at offset: Int,
                               file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try JSONValue.parse(bytes), file: file, line: line) { error in
            XCTAssertEqual(error as? JSONParseError, JSONParseError(reason, offset: offset), file: file, line: line)
        }
    }

    private func assertRejects(_ text: String, _ reason: JSONParseError.Reason, at offset: Int,
                               file: StaticString = #filePath, line: UInt = #line) {
        assertRejects(Array(text.utf8), reason, at: offset, file: file, line: line)
    }

    // MARK: values

    func test_parse_buildsNestedValue_keepingMemberOrderAndDuplicates() throws {
        let value = try parse(#" { "b" : [1, -2.5, true, false, null, "x"], "a": {}, "b": [] } "#)
        XCTAssertEqual(value, .object([
            ("b", .array([.int(1), .double(-2.5), .bool(true), .bool(false), .null, .string("x")])),
            ("a", .object([])),
            ("b", .array([])),
        ]))
        XCTAssertEqual(value.objectValue?.map(\.0), ["b", "a", "b"])
    }

    func test_parse_acceptsScalarsAtTopLevel_withAllFourWhitespaceBytes() throws {
        XCTAssertEqual(try parse(" \t\r\n42 \t\r\n"), .int(42))
        XCTAssertEqual(try parse("\"s\""), .string("s"))
        XCTAssertEqual(try parse("null"), .null)
    }

    func test_parse_acceptsAllTypesOfSlices() throws {
        let bytes = Array("xx[1]yy".utf8)
        XCTAssertEqual(try JSONValue.parse(bytes[2..<5]), [1])
        XCTAssertEqual(try JSONParser().parse(bytes[2..<5].reversed().reversed()), [1])
        try bytes.withUnsafeBytes { buffer in
            XCTAssertEqual(try JSONParser().parse(UnsafeRawBufferPointer(rebasing: buffer[2..<5])), [1])
        }
    }

    // MARK: numbers (RFC 8259 §6)

    func test_parse_returnsInt_whenIntegerFitsInt64() throws {
        XCTAssertEqual(try parse("0"), .int(0))
        XCTAssertEqual(try parse("-17"), .int(-17))
        XCTAssertEqual(try parse("9223372036854775807"), .int(.max))
        XCTAssertEqual(try parse("-9223372036854775808"), .int(.min))
        guard case .int = try parse("123456789") else { return XCTFail("expected .int") }
    }

    func test_parse_returnsDouble_whenIntegerExceedsInt64() throws {
        guard case .double(let big) = try parse("9223372036854775808") else { return XCTFail("expected .double") }
        XCTAssertEqual(big, 9223372036854775808.0)
        guard case .double(let huge) = try parse("-123456789012345678901234567890") else { return XCTFail() }
        XCTAssertEqual(huge, -1.2345678901234568e29)
    }

    func test_parse_readsFractionsAndExponents() throws {
        let cases: [(String, Double)] = [
            ("1.5", 1.5), ("-0.001", -0.001), ("1e3", 1000), ("1E+3", 1000), ("25e-1", 2.5),
            ("0.1", 0.1), ("3.141592653589793", .pi), ("1.7976931348623157e308", .greatestFiniteMagnitude),
            ("5e-324", .leastNonzeroMagnitude), ("123456789012345678.5", 123456789012345678.5),
            ("0.30000000000000004", 0.30000000000000004), ("1e-400", 0),
        ]
        for (text, expected) in cases {
            guard case .double(let value) = try parse(text) else { return XCTFail("\(text) should be a double") }
            XCTAssertEqual(value, expected, text)
        }
    }

    func test_parse_keepsSignOfNegativeZero() throws {
        guard case .double(let zero) = try parse("-0") else { return XCTFail("expected .double") }
        XCTAssertEqual(zero, 0)
        XCTAssertEqual(zero.sign, .minus)
        XCTAssertEqual(try parse("-0").intValue, 0)
        guard case .double(let fraction) = try parse("-0.0"), fraction.sign == .minus else { return XCTFail() }
    }

    func test_parse_rejectsMalformedNumbers() {
        assertRejects("01", .leadingZero, at: 0)
        assertRejects("-012", .leadingZero, at: 1)
        assertRejects("[00]", .leadingZero, at: 1)
        assertRejects("1.", .unexpectedEnd, at: 2)
        assertRejects("1.e5", .invalidNumber, at: 2)
        assertRejects(".5", .expectedValue, at: 0)
        assertRejects("+1", .expectedValue, at: 0)
        assertRejects("-", .unexpectedEnd, at: 1)
        assertRejects("-x", .invalidNumber, at: 1)
        assertRejects("1e", .unexpectedEnd, at: 2)
        assertRejects("1e+", .unexpectedEnd, at: 3)
        assertRejects("[1ex]", .invalidNumber, at: 3)
        assertRejects("0x10", .trailingContent, at: 1)
        assertRejects("1e400", .numberOutOfRange, at: 0)
        assertRejects("[-1e999]", .numberOutOfRange, at: 1)
    }

    func test_parse_rejectsNaNAndInfinity() {
        assertRejects("NaN", .expectedValue, at: 0)
        assertRejects("[Infinity]", .expectedValue, at: 1)
        assertRejects("-Infinity", .invalidNumber, at: 1)
    }

    // MARK: strings (RFC 8259 §7, §8)

    func test_parse_decodesEscapes() throws {
        XCTAssertEqual(try parse(#""\"\\\/\b\f\n\r\t""#), .string("\"\\/\u{8}\u{c}\n\r\t"))
        XCTAssertEqual(try parse(#""a\u00e6\u00C5b\u0000""#), .string("aæÅb\u{0}"))
        XCTAssertEqual(try parse(#""\u20AC""#), .string("€"))
    }

    func test_parse_joinsSurrogatePairs() throws {
        XCTAssertEqual(try parse(#""\ud83d\ude00 x""#), .string("😀 x"))
        XCTAssertEqual(try parse(#""\uDBFF\uDFFF""#), .string("\u{10FFFF}"))
    }

    func test_parse_rejectsLoneSurrogates() {
        assertRejects(#""\ud83d""#, .loneSurrogate, at: 1)
        assertRejects(#""ab\ud83dx""#, .loneSurrogate, at: 3)
        assertRejects(#""\ud83d\n""#, .loneSurrogate, at: 1)
        assertRejects(#""\ud83d\u0041""#, .loneSurrogate, at: 1)
        assertRejects(#""\ude00\ud83d""#, .loneSurrogate, at: 1)
    }

    func test_parse_rejectsBadEscapes() {
        assertRejects(#""\x41""#, .invalidEscape, at: 1)
        assertRejects(#""\'""#, .invalidEscape, at: 1)
        assertRejects(#""\u12G4""#, .invalidUnicodeEscape, at: 1)
        assertRejects(#""\u12"#, .unexpectedEnd, at: 5)
    }

    func test_parse_keepsNonASCIIText() throws {
        XCTAssertEqual(try parse("\"BRØNNØYSUND æøå 😀 \u{10FFFF}\""), .string("BRØNNØYSUND æøå 😀 \u{10FFFF}"))
        XCTAssertEqual(try parse("{\"Å\\n\":\"ü\\\"\"}"), .object([("Å\n", .string("ü\""))]))
    }

    func test_parse_findsSpecialBytesAtEveryPositionOfLongStrings() throws {
        for prefix in 0..<20 {
            let padding = String(repeating: "a", count: prefix)
            let tail = String(repeating: "b", count: 19 - prefix)
            XCTAssertEqual(try parse("\"\(padding)\"").stringValue, padding)
            XCTAssertEqual(try parse("\"\(padding)\\n\(tail)\"").stringValue, padding + "\n" + tail)
            XCTAssertEqual(try parse("\"\(padding)ø\(tail)\"").stringValue, padding + "ø" + tail)
            assertRejects("\"\(padding)\u{1f}\(tail)\"", .controlCharacterInString, at: 1 + prefix)
            assertRejects("\"\(padding)\u{7f}\(tail)", .unexpectedEnd, at: 21)
            assertRejects([UInt8(ascii: "\"")] + Array(padding.utf8) + [0xFE] + Array(tail.utf8) + [UInt8(ascii: "\"")],
                          .invalidUTF8, at: 1 + prefix)
        }
    }

    func test_parse_rejectsUnescapedControlCharacters() {
        assertRejects("\"a\nb\"", .controlCharacterInString, at: 2)
        assertRejects("\"a\u{0}\"", .controlCharacterInString, at: 2)
        assertRejects("\"\\n\u{1f}\"", .controlCharacterInString, at: 3)
    }

    func test_parse_rejectsInvalidUTF8() {
        let quote = UInt8(ascii: "\"")
        assertRejects([quote, 0xFF, quote], .invalidUTF8, at: 1)
        assertRejects([quote, 0x41, 0x80, quote], .invalidUTF8, at: 2)
        assertRejects([quote, 0xC3, quote], .invalidUTF8, at: 1)
        assertRejects([quote, 0xC0, 0xAF, quote], .invalidUTF8, at: 1)  // overlong '/'
        assertRejects([quote, 0xE0, 0x80, 0xAF, quote], .invalidUTF8, at: 1)  // overlong
        assertRejects([quote, 0xED, 0xA0, 0x80, quote], .invalidUTF8, at: 1)  // UTF-8 encoded surrogate
        assertRejects([quote, 0xF4, 0x90, 0x80, 0x80, quote], .invalidUTF8, at: 1)  // above U+10FFFF
        assertRejects([quote, 0x5C, 0x6E, 0xF5, quote], .invalidUTF8, at: 3)  // after an escape
        assertRejects([0xEF, 0xBB, 0xBF, 0x31], .expectedValue, at: 0)  // no byte order mark
        assertRejects([UInt8(ascii: "["), 0xC3, 0xA6, UInt8(ascii: "]")], .expectedValue, at: 1)
    }

    // MARK: structure

    func test_parse_rejectsTrailingCommas() {
        assertRejects("[1,]", .expectedValue, at: 3)
        assertRejects(#"{"a":1,}"#, .expectedMemberName, at: 7)
        assertRejects("[,1]", .expectedValue, at: 1)
    }

    func test_parse_rejectsSingleQuotesAndBareNames() {
        assertRejects("'a'", .expectedValue, at: 0)
        assertRejects("{'a':1}", .expectedMemberName, at: 1)
        assertRejects("{a:1}", .expectedMemberName, at: 1)
        assertRejects(#"{"a" 1}"#, .expectedColon, at: 5)
        assertRejects(#"{"a":1 "b":2}"#, .expectedCommaOrBrace, at: 7)
        assertRejects("[1 2]", .expectedCommaOrBracket, at: 3)
    }

    func test_parse_rejectsBadLiterals() {
        assertRejects("tru", .unexpectedEnd, at: 3)
        assertRejects("[truE]", .invalidLiteral, at: 1)
        assertRejects("nul", .unexpectedEnd, at: 3)
        assertRejects("True", .expectedValue, at: 0)
    }

    func test_parse_rejectsTrailingGarbage() {
        assertRejects("{} x", .trailingContent, at: 3)
        assertRejects("[1]]", .trailingContent, at: 3)
        assertRejects("1 2", .trailingContent, at: 2)
        assertRejects("null\u{0}", .trailingContent, at: 4)
    }

    func test_parse_rejectsEmptyAndTruncatedInput() {
        assertRejects("", .unexpectedEnd, at: 0)
        assertRejects("   ", .unexpectedEnd, at: 3)
        assertRejects(#"{"a":[1,{"b""#, .unexpectedEnd, at: 12)
        assertRejects(#"["abc"#, .unexpectedEnd, at: 5)
    }

    func test_parse_enforcesDepthLimit() throws {
        let limit = JSONParser.defaultMaxDepth
        let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        XCTAssertNoThrow(try parse(deepest))
        let tooDeep = String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
        assertRejects(tooDeep, .nestingTooDeep(limit: limit), at: limit)
        assertRejects(#"{"a":{"b":[1]}}"#, .nestingTooDeep(limit: 2), at: 10, maxDepth: 2)
        XCTAssertEqual(try parse(#"{"a":{"b":1}}"#, maxDepth: 2)["a"]?["b"], .int(1))
    }

    func test_parse_survivesHugeNesting_withoutCrashing() {
        let bomb = String(repeating: "[", count: 1_000_000)
        XCTAssertThrowsError(try parse(bomb)) { error in
            XCTAssertEqual((error as? JSONParseError)?.reason, .nestingTooDeep(limit: JSONParser.defaultMaxDepth))
        }
    }

    func test_error_describesReasonAndOffset() {
        XCTAssertEqual(JSONParseError(.leadingZero, offset: 12).description, "leading zero in number at byte 12")
    }
}

private extension JSONParserTests {
    func assertRejects(_ text: String, _ reason: JSONParseError.Reason, at offset: Int, maxDepth: Int,
                       file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try parse(text, maxDepth: maxDepth), file: file, line: line) { error in
            XCTAssertEqual(error as? JSONParseError, JSONParseError(reason, offset: offset), file: file, line: line)
        }
    }

    func test_nonNull_dropsAbsentAndNull_only() {
        let absent: JSONValue? = nil
        let null: JSONValue? = .null
        let falsy: JSONValue? = .bool(false)
        XCTAssertNil(absent.nonNull)
        XCTAssertNil(null.nonNull)
        XCTAssertEqual(falsy.nonNull, .bool(false))
        XCTAssertEqual(JSONValue.object([("a", .string(""))])["a"].nonNull, .string(""))
    }
}
