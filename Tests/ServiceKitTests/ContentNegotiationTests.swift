import HTTPServer
import ServiceKit
import XCTest

final class ContentNegotiationTests: XCTestCase {
    private func status(accept: [String]) -> Int {
        var router = Router()
        router.get("/json", middleware: [JSONContentNegotiation()]) { _, _ in .json(Array("{}".utf8)) }
        var headers = HTTPHeaders()
        for value in accept { headers.add("Accept", value) }
        let request = HTTPRequest(method: .get, target: "/json", headers: headers)
        return router.respond(to: request, context: RequestContext(requestId: "t", remoteAddress: "x")).status
    }

    func test_jsonRoute_acceptsJSONFamilies_andAbsentAccept() {
        XCTAssertEqual(status(accept: []), 200)
        for accept in ["*/*", "application/*", "application/json", "application/problem+json",
                       "APPLICATION/JSON; charset=utf-8", "text/html, application/json;q=0.5"] {
            XCTAssertEqual(status(accept: [accept]), 200, accept)
        }
    }

    func test_jsonRoute_answers406_forOtherTypes_andQZero() {
        for accept in ["text/html", "application/xml", "application/json;q=0", "image/*"] {
            XCTAssertEqual(status(accept: [accept]), 406, accept)
        }
    }
}
