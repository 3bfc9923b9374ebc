import HTTPClient
import JSON
import XCTest

final class HTTPClientSendTests: HTTPClientTestCase {
    private struct Unit: Decodable, Equatable {
        let name: String
        let orgNo: String
        let count: Int
    }

    func test_get_decodesJSON_whenPeerAnswers200() throws {
        let unit = try makeClient().get(url("/json"), as: Unit.self)
        XCTAssertEqual(unit, Unit(name: "Ola Nordmann", orgNo: "310000001", count: 3))
        XCTAssertEqual(server.requests.first?.header("Accept"), "application/json")
    }

    func test_getJSON_givesJSONValue_whenPeerAnswers200() throws {
        let value = try makeClient().getJSON(url("/json"))
        XCTAssertEqual(value["orgNo"], "310000001")
        XCTAssertEqual(value["count"], .int(3))
    }

    func test_send_returnsStatusHeadersAndBody_caseInsensitively() throws {
        let response = try makeClient().send(ClientRequest(url: url("/json")))
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.headers["content-type"], "application/json")
        XCTAssertEqual(response.headers["CONTENT-LENGTH"], String(TestRoutes.jsonBody.utf8.count))
        XCTAssertEqual(response.body, Array(TestRoutes.jsonBody.utf8))
        XCTAssertEqual(try response.decode(Unit.self).count, 3)
    }

    func test_send_echoesBodyAndMethod_whenPostingJSON() throws {
        let request = ClientRequest.json(.post, url: url("/echo"), body: ["orgNo": "310000001", "n": 7])
        let response = try makeClient().send(request)
        XCTAssertEqual(response.headers["X-Echo-Method"], "POST")
        XCTAssertEqual(try response.json(), ["orgNo": "310000001", "n": 7])
        XCTAssertEqual(server.requests.first?.header("Content-Type"), "application/json")
    }

    func test_send_usesEachMethod_withAndWithoutBody() throws {
        let client = makeClient()
        let put = try client.send(ClientRequest(method: .put, url: url("/echo"), body: Array("put".utf8)))
        XCTAssertEqual(put.headers["X-Echo-Method"], "PUT")
        XCTAssertEqual(put.body, Array("put".utf8))
        let delete = try client.send(ClientRequest(method: .delete, url: url("/echo")))
        XCTAssertEqual(delete.headers["X-Echo-Method"], "DELETE")
        let patch = try client.send(ClientRequest(method: .patch, url: url("/echo"), body: Array("p".utf8)))
        XCTAssertEqual(patch.headers["X-Echo-Method"], "PATCH")
        let head = try client.send(ClientRequest(method: .head, url: url("/json")))
        XCTAssertEqual(head.status, 200)
        XCTAssertTrue(head.body.isEmpty)
        XCTAssertEqual(server.requests.map(\.method), ["PUT", "DELETE", "PATCH", "HEAD"])
    }

    func test_send_sendsNoContentType_whenBodyHasNone() throws {
        _ = try makeClient().send(ClientRequest(method: .post, url: url("/echo"), body: [1, 2, 3]))
        XCTAssertNil(server.requests.first?.header("Content-Type"))
        XCTAssertEqual(server.requests.first?.body, [1, 2, 3])
    }

    func test_send_sendsHeaderWithEmptyValue_whenValueIsEmpty() throws {
        _ = try makeClient().send(ClientRequest(url: url("/json"), headers: ["X-Empty": "", "X-Full": "v"]))
        XCTAssertEqual(server.requests.first?.headerValues("X-Empty"), [""])
        XCTAssertEqual(server.requests.first?.headerValues("X-Full"), ["v"])
    }

    func test_send_returns404Response_withoutThrowing() throws {
        let response = try makeClient().send(ClientRequest(url: url("/status/404")))
        XCTAssertEqual(response.status, 404)
        XCTAssertFalse(response.isSuccess)
    }

    func test_get_throwsUnexpectedStatus_when404() {
        let error = expectError { try makeClient().getJSON(url("/status/404")) }
        XCTAssertEqual(error, .unexpectedStatus(peer: "registry", status: 404))
        XCTAssertEqual(error?.problemStatus, 503)
    }

    func test_decode_throwsDecodingFailed_whenBodyIsNotTheType() throws {
        let response = try makeClient().send(ClientRequest(method: .post, url: url("/echo"), body: Array("{\"x\":".utf8)))
        guard case .decodingFailed(let peer, _) = expectError({ try response.json() }) else {
            return XCTFail("not decodingFailed")
        }
        XCTAssertEqual(peer, "registry")
        guard case .decodingFailed = expectError({ try response.decode(Unit.self) }) else {
            return XCTFail("not decodingFailed")
        }
    }

    func test_send_omitsExpectContinue_whenBodyIs2MB() throws {
        let body = [UInt8](repeating: 0x61, count: 2 << 20)
        let started = ContinuousClock.now
        let response = try makeClient().send(ClientRequest(method: .post, url: url("/echo"), body: body))
        let elapsed = ContinuousClock.now - started
        XCTAssertEqual(response.body.count, body.count)
        XCTAssertEqual(server.requests.first?.headerValues("Expect"), [])
        XCTAssertLessThan(elapsed, .milliseconds(900), "curl waited for 100 Continue")
    }

    func test_send_attachesBearerToken_whenProviderIsSet() throws {
        let client = makeClient(tokenProvider: { "platform.jwt.token" })
        _ = try client.send(ClientRequest(url: url("/json")))
        _ = try client.send(ClientRequest(url: url("/json"), headers: ["authorization": "Bearer caller"]))
        XCTAssertEqual(server.requests.map { $0.headerValues("Authorization") }, [["Bearer platform.jwt.token"], ["Bearer caller"]])
    }

    func test_send_throwsTokenUnavailable_andSendsNothing_whenProviderThrows() {
        struct NoKey: Error {}
        let client = makeClient(tokenProvider: { throw NoKey() })
        guard case .tokenUnavailable(let peer, _) = expectError({ try client.send(ClientRequest(url: url("/json"))) }) else {
            return XCTFail("not tokenUnavailable")
        }
        XCTAssertEqual(peer, "registry")
        XCTAssertEqual(server.requests.count, 0)
    }

    func test_send_throwsInvalidHeader_whenValueHoldsCRLF() {
        let request = ClientRequest(url: url("/json"), headers: ["X-Evil": "a\r\nInjected: yes"])
        XCTAssertEqual(expectError { try makeClient().send(request) }, .invalidHeader(peer: "registry", name: "X-Evil"))
        XCTAssertEqual(server.requests.count, 0)
    }

    func test_send_throwsInvalidURL_whenURLIsMalformedOrNotHTTP() {
        let client = makeClient()
        XCTAssertEqual(expectError { try client.send(ClientRequest(url: "not a url")) }, .invalidURL(peer: "registry"))
        XCTAssertEqual(expectError { try client.send(ClientRequest(url: "file:///etc/passwd")) }, .invalidURL(peer: "registry"))
    }
}
