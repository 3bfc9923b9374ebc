import XCTest
import JSON
@testable import Auth

final class JSONTextParserTests: XCTestCase {
    private func parse(_ text: String) throws -> JSONValue { try JSONTextParser.parse(Array(text.utf8)) }

    func test_parse_readsNestedDocumentInOrder() throws {
        let value = try parse(#" {"b": [1, -2.5, true, null], "a": {"x": "y\u00e6\n\ud83d\ude00"}, "c": 1e2} "#)
        XCTAssertEqual(value.objectValue?.map(\.0), ["b", "a", "c"])
        XCTAssertEqual(value["b"], [1, -2.5, true, nil])
        XCTAssertEqual(value["a"]?["x"], "yæ\n😀")
        XCTAssertEqual(value["c"], .double(100))
    }

    func test_parse_keepsLargeIntegersExact() throws {
        XCTAssertEqual(try parse("9007199254740993"), .int(9_007_199_254_740_993))
    }

    func test_parse_throws_onDuplicateMembers() {
        XCTAssertThrowsError(try parse(#"{"exp": 1, "exp": 2}"#))
    }

    func test_parse_throws_onMalformedInput() {
        for text in ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", "tru", "\"\u{01}\"", "\"\\x\"", "\"\\ud800\"", "{} x",
                     String(repeating: "[", count: 100) + String(repeating: "]", count: 100)] {
            XCTAssertThrowsError(try parse(text), text)
        }
    }
}
