import HTTPClient
import XCTest

final class ClientHeadersTests: XCTestCase {
    func test_subscript_findsFieldsCaseInsensitively() {
        let headers: ClientHeaders = ["Content-Type": "application/json", "X-Request-Id": "abc"]
        XCTAssertEqual(headers["content-type"], "application/json")
        XCTAssertEqual(headers["x-request-ID"], "abc")
        XCTAssertNil(headers["Accept"])
    }

    func test_subscriptSet_replacesEveryFieldOfThatName() {
        var headers = ClientHeaders()
        headers.add("Via", "a")
        headers.add("via", "b")
        XCTAssertEqual(headers.values(for: "VIA"), ["a", "b"])
        headers["Via"] = "c"
        XCTAssertEqual(headers.values(for: "via"), ["c"])
        headers["Via"] = nil
        XCTAssertFalse(headers.contains("Via"))
        XCTAssertEqual(headers.count, 0)
    }
}
