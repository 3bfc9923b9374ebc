import HTTPServer
import JSON
import XCTest

final class ProblemDetailsTests: XCTestCase {
    func test_body_holdsTheRFC9457Members_inOrder() throws {
        let problem = ProblemDetails(status: 404, code: "AUTH-00010", title: "Not found", detail: "no such request",
                                     extensions: [("peer", "registry")])
        let body = try JSONValue.parse(problem.body(instance: "/x", traceId: "t"))
        XCTAssertEqual(body.objectValue?.map(\.0), ["type", "title", "status", "detail", "code", "instance", "traceId", "peer"])
        XCTAssertEqual(body["status"]?.intValue, 404)
        XCTAssertEqual(body["type"]?.stringValue, "urn:altinn:error:AUTH-00010")
    }

    func test_statusExtension_replacesTheNumericMember_whenTheContractNamesOne() throws {
        let problem = ProblemDetails(status: 409, code: "AUTH-00013", title: "Conflict",
                                     extensions: [("status", "Accepted"), ("systemUserId", "abc")])
        let response = problem.response(instance: "/x", traceId: "t")
        let body = try JSONValue.parse(problem.body(instance: "/x", traceId: "t"))
        XCTAssertEqual(response.status, 409)
        XCTAssertEqual(body["status"]?.stringValue, "Accepted")
        XCTAssertNil(body.firstDuplicateMemberName)
        XCTAssertEqual(body["systemUserId"]?.stringValue, "abc")
    }
}
