import JSON
import XCTest

final class JSONDuplicateMemberTests: XCTestCase {
    func test_firstDuplicateMemberName_findsRepeatsAtAnyDepth() throws {
        XCTAssertNil(try JSONValue.parse(#"{"a":1,"b":{"a":2},"c":[{"a":3}]}"#).firstDuplicateMemberName)
        XCTAssertEqual(try JSONValue.parse(#"{"exp":1,"exp":2}"#).firstDuplicateMemberName, "exp")
        XCTAssertEqual(try JSONValue.parse(#"{"x":{"k":1,"k":2}}"#).firstDuplicateMemberName, "k")
        XCTAssertEqual(try JSONValue.parse(#"[{"y":1},{"z":1,"z":2}]"#).firstDuplicateMemberName, "z")
    }
}
