import HTTPClient
import XCTest

final class ClientRequestTests: XCTestCase {
    func test_isIdempotent_followsTheContract() {
        XCTAssertTrue(ClientRequest(method: .get, url: "").isIdempotent)
        XCTAssertTrue(ClientRequest(method: .head, url: "").isIdempotent)
        XCTAssertTrue(ClientRequest(method: .put, url: "").isIdempotent)
        XCTAssertTrue(ClientRequest(method: .delete, url: "").isIdempotent)
        XCTAssertFalse(ClientRequest(method: .post, url: "").isIdempotent)
        XCTAssertFalse(ClientRequest(method: .patch, url: "").isIdempotent)
        XCTAssertTrue(ClientRequest(method: .post, url: "", idempotent: true).isIdempotent)
    }
}
