import HTTPClient
import JSON
import XCTest

/// The token checks of `requests.md` §2 on the request routes, in order.
final class RequestTokenTests: RequestTestCase {
    func test_vendorRoutes_checkTokensInOrder() throws {
        let service = try service
        let someId = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
        let routes: [(ClientRequest.Method, String)] = [
            (.post, R.base + "/vendor"), (.post, R.base + "/vendor/agent"), (.delete, R.base + "/vendor/\(someId)"),
            (.get, R.base + "/vendor/\(someId)"), (.get, R.base + "/vendor/agent/\(someId)"),
            (.get, R.base + "/vendor/bysystem/\(R.standardSystem)"),
            (.get, R.base + "/vendor/byexternalref/\(R.standardSystem)/310202398/x"),
        ]
        let noConsumer = try service.tokenWithoutConsumer()
        let registerOnly = try service.vendorToken(scopes: R.S.write + " " + R.S.admin)
        for (method, path) in routes {
            let missing = try service.send(method, path, token: nil)
            XCTAssertEqual(missing.status, 401, path)
            XCTAssertEqual(missing.code, "AUTH-00101", path)
            let consumer = try service.send(method, path, token: noConsumer)
            XCTAssertEqual(consumer.status, 401, path)
            XCTAssertEqual(consumer.code, "AUTH-00023", path)
            for token in [registerOnly, service.platformToken, service.dressMinstToken] {
                let refused = try service.send(method, path, token: token, raw: Array("x".utf8), contentType: "text/plain")
                XCTAssertEqual(refused.status, 403, path)
                XCTAssertEqual(refused.code, "AUTH-00102", path)
                XCTAssertNotNil(refused.jsonValue?["requiredScopes"])
            }
        }
    }

    func test_requestScopes_doNotImplyEachOther() throws {
        let service = try service
        let writeOnly = try service.vendorToken(scopes: R.requestWrite)
        let readOnly = try service.vendorToken(scopes: R.requestRead)
        let id = try XCTUnwrap(try service.created(R.standard(service.uniqueRef()))["id"]?.stringValue)
        let read = try service.get(R.base + "/vendor/\(id)", token: writeOnly)
        XCTAssertEqual(read.status, 403)
        XCTAssertEqual(read.code, "AUTH-00102")
        XCTAssertEqual(try service.get(R.base + "/vendor/\(id)", token: readOnly).status, 200)
        XCTAssertEqual(try service.create(R.standard(service.uniqueRef()), token: readOnly).code, "AUTH-00102")
        XCTAssertEqual(try service.send(.delete, R.base + "/vendor/\(id)", token: readOnly).code, "AUTH-00102")
        XCTAssertEqual(try service.get("/authentication/api/v1/systemregister/vendor", token: writeOnly).code, "AUTH-00102")
    }

    func test_create_needsJSONContentType_afterTokenChecks() throws {
        let service = try service
        let body = R.standard(service.uniqueRef()).encoded()
        let text = try service.send(.post, R.base + "/vendor", token: service.smartCloudToken, raw: body,
                                    contentType: "text/plain")
        XCTAssertEqual(text.status, 415)
        XCTAssertEqual(text.code, "STD-00415")
        let none = try service.send(.post, R.base + "/vendor", token: service.smartCloudToken, raw: body, contentType: nil)
        XCTAssertEqual(none.status, 415)
        let charset = try service.send(.post, R.base + "/vendor", token: service.smartCloudToken, raw: body,
                                       contentType: "application/json; charset=utf-8")
        XCTAssertEqual(charset.status, 201, charset.text)
    }

    func test_internalRoutes_takeOnlyPlatformTokens() throws {
        let service = try service
        let someId = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
        for (method, path) in [(ClientRequest.Method.get, "/internal/requests/\(someId)"),
                               (.post, "/internal/requests/\(someId)/status"),
                               (.post, "/internal/requests/\(someId)/escalate"), (.delete, "/internal/requests/\(someId)"),
                               (.get, "/internal/requests?party=310202398")] {
            XCTAssertEqual(try service.send(method, path, token: nil).code, "AUTH-00101", path)
            XCTAssertEqual(try service.send(method, path, token: service.smartCloudToken).code, "AUTH-00102", path)
            XCTAssertEqual(try service.send(method, path, token: service.dressMinstToken).code, "AUTH-00102", path)
        }
    }
}
