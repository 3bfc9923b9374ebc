import HTTPServer
@testable import ServiceKit
import XCTest

final class JSONBodyMediaTypeTests: XCTestCase {
    func test_isJSON_acceptsApplicationJSON_inAnyCase_withParametersAndBlanks() {
        for value in ["application/json", "Application/JSON", "application/json; charset=utf-8",
                      " \tapplication/json \t;charset=UTF-8", "APPLICATION/JSON;"] {
            XCTAssertTrue(JSONBodyMediaType.isJSON(value), value)
        }
    }

    func test_isJSON_refusesOtherTypes_andNearMisses() {
        for value in ["", " ", ";", "text/plain", "application/jsonx", "application/jso", "application/problem+json",
                      "application json", "application\u{0F}json", "xapplication/json", "application/json x"] {
            XCTAssertFalse(JSONBodyMediaType.isJSON(value), value)
        }
    }

    func test_require_throws415_whenContentTypeIsMissingOrWrong() throws {
        let missing = HTTPRequest(method: .post, target: "/", headers: ["Host": "x"])
        XCTAssertThrowsError(try JSONBodyMediaType.require(missing)) { error in
            XCTAssertEqual((error as? ProblemDetails)?.status, 415)
        }
        let json = HTTPRequest(method: .post, target: "/", headers: ["Host": "x", "Content-Type": "application/json"])
        XCTAssertNoThrow(try JSONBodyMediaType.require(json))
    }
}
