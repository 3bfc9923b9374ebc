import XCTest
import JSON

final class JSONWriterTests: XCTestCase {
    private func text(_ build: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter()
        build(&writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    // MARK: strings (RFC 8259 §7)

    func test_string_escapesQuotesBackslashesAndControlCharacters() {
        XCTAssertEqual(text { $0.string("a\"b\\c") }, #""a\"b\\c""#)
        XCTAssertEqual(text { $0.string("\n\r\t") }, #""\n\r\t""#)
        XCTAssertEqual(text { $0.string("\u{0}\u{1}\u{8}\u{c}\u{1f}") }, #""\u0000\u0001\u0008\u000c\u001f""#)
    }

    func test_string_passesUnicodeSlashAndDeleteThroughUnescaped() {
        let value = "BRØNNØYSUND æøå 😀 / \u{7f} \u{2028}"
        XCTAssertEqual(text { $0.string(value) }, "\"\(value)\"")
        XCTAssertEqual(JSONValue.string(value).encoded(), Array("\"\(value)\"".utf8))
    }

    func test_key_escapesLikeValues() {
        XCTAssertEqual(text { $0.beginObject(); $0.member("a\"\n", "x"); $0.endObject() }, #"{"a\"\n":"x"}"#)
    }

    // MARK: numbers (RFC 8259 §6)

    func test_int_writesExtremesExactly() {
        XCTAssertEqual(text { $0.int(Int64.min) }, "-9223372036854775808")
        XCTAssertEqual(text { $0.int(Int64.max) }, "9223372036854775807")
        XCTAssertEqual(text { $0.int(0) }, "0")
        XCTAssertEqual(text { $0.int(-7) }, "-7")
        XCTAssertEqual(text { $0.int(Int32.min) }, "-2147483648")
    }

    func test_double_writesIntegralValuesAsIntegersAndNonFiniteAsNull() {
        XCTAssertEqual(text { $0.double(12) }, "12")
        XCTAssertEqual(text { $0.double(1.5) }, "1.5")
        XCTAssertEqual(text { $0.double(.nan) }, "null")
        XCTAssertEqual(text { $0.double(-.infinity) }, "null")
        XCTAssertEqual(try JSONValue.parse(text { $0.double(1e300) }), .double(1e300))
    }

    // MARK: structure

    func test_containers_placeCommasBetweenMembersAtEveryLevel() {
        let output = text { writer in
            writer.beginObject()
            writer.member("a", 1)
            writer.key("b")
            writer.beginArray()
            writer.int(1)
            writer.beginObject()
            writer.member("c", true)
            writer.member("d", nil as String?)
            writer.endObject()
            writer.beginArray()
            writer.endArray()
            writer.null()
            writer.endArray()
            writer.key("e")
            writer.beginObject()
            writer.endObject()
            writer.member("f", "g")
            writer.key("h")
            writer.raw(Array(#"{"x":[1,2]}"#.utf8))
            writer.endObject()
        }
        XCTAssertEqual(output, #"{"a":1,"b":[1,{"c":true,"d":null},[],null],"e":{},"f":"g","h":{"x":[1,2]}}"#)
    }

    func test_value_writesMembersInOrder_includingRepeatedNames() {
        let value: JSONValue = .object([("z", 1), ("a", [true, nil, "s"]), ("z", .object([]))])
        XCTAssertEqual(String(decoding: value.encoded(), as: UTF8.self), #"{"z":1,"a":[true,null,"s"],"z":{}}"#)
    }

    // MARK: round trip through JSONParser

    func test_encoded_parsesBackToTheSameValue() throws {
        var random = SplitMix(seed: 99)
        for round in 0..<300 {
            let value = randomValue(depth: 0, using: &random)
            let parsed = try JSONValue.parse(value.encoded())
            XCTAssertEqual(parsed, value, "round \(round): \(String(decoding: value.encoded(), as: UTF8.self))")
        }
    }

    private func randomValue(depth: Int, using random: inout SplitMix) -> JSONValue {
        let strings = ["", "a", "æøå", "😀\u{1}", "\"\\/", "\u{7f}\u{0}\n\t", "KVIKK SMIDIG OTER AS"]
        let doubles = [0.1, -2.5, 1e-7, 123456.789, Double.leastNonzeroMagnitude, 1.7976931348623157e308, 1e15, 3.0e20]
        switch random.next(below: depth > 3 ? 5 : 7) {
        case 0: return .null
        case 1: return .bool(random.next(below: 2) == 0)
        case 2: return .int([Int64.min, Int64.max, 0, -1, 42][random.next(below: 5)])
        case 3: return .double(doubles[random.next(below: doubles.count)])
        case 4: return .string(strings[random.next(below: strings.count)])
        case 5: return .array((0..<random.next(below: 4)).map { _ in randomValue(depth: depth + 1, using: &random) })
        default:
            return .object((0..<random.next(below: 4)).map { index in
                (strings[random.next(below: strings.count)] + "\(index)", randomValue(depth: depth + 1, using: &random))
            })
        }
    }
}
