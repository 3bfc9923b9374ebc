import XCTest
@testable import HTTPServer

final class LimitsTests: XCTestCase {
    private let ok: @Sendable (HTTPRequest, RequestContext) -> HTTPResponse = { _, _ in .text("ok") }

    func test_contentLengthAboveLimit_gets413BeforeBodyIsSent() throws {
        let server = try startTestServer(configure: { $0.limits.maxBodyBytes = 100 }, handler: ok)
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 101\r\n\r\n")
        let response = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(response.status, 413)
        XCTAssertEqual(response.header("Content-Type"), "application/problem+json")
        XCTAssertEqual(response.header("Connection"), "close")
        XCTAssertEqual(response.json?["code"] as? String, "STD-00413")
        XCTAssertNil(response.json?["instance"])
        XCTAssertNotNil(response.json?["traceId"] as? String)
        XCTAssertTrue(client.isClosed())
    }

    func test_413_reachesClient_whenClientKeepsSendingTheBody() throws {
        let server = try startTestServer(configure: { $0.limits.maxBodyBytes = 100 }, handler: ok)
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send(Array("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 200000\r\n\r\n".utf8)
            + [UInt8](repeating: 65, count: 200_000))
        XCTAssertEqual(try client.readResponse()?.status, 413)
    }

    func test_headersAboveMaxHeaderBytes_get431() throws {
        let server = try startTestServer(configure: { $0.limits.maxHeaderBytes = 200 }, handler: ok)
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "a", count: 300))\r\n\r\n")
        let response = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(response.status, 431)
        XCTAssertEqual(response.json?["code"] as? String, "STD-00431")
    }

    func test_headersAboveMaxHeaderBytes_get431_whenHeadNeverEnds() throws {
        let server = try startTestServer(configure: { $0.limits.maxHeaderBytes = 200 }, handler: ok)
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "a", count: 300))")
        XCTAssertEqual(try client.readResponse()?.status, 431)
    }

    func test_moreFieldsThanMaxHeaders_get431() throws {
        let server = try startTestServer(configure: { $0.limits.maxHeaders = 3 }, handler: ok)
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n")
        XCTAssertEqual(try client.readResponse()?.status, 431)
    }

    func test_targetAboveMaxTargetBytes_gets414() throws {
        let server = try startTestServer(configure: { $0.limits.maxTargetBytes = 50 }, handler: ok)
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET /\(String(repeating: "p", count: 60)) HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try client.readResponse()?.status, 414)
    }

    func test_connectionBeyondMaxConnections_gets503WithRetryAfter() throws {
        let server = try startTestServer(configure: { $0.maxConnections = 2 }, handler: ok)
        defer { server.shutdown(timeout: 1) }
        let first = try server.client()
        let second = try server.client()
        XCTAssertTrue(pollUntil { server.openConnections == 2 })
        let third = try server.client()
        let response = try XCTUnwrap(third.readResponse())
        XCTAssertEqual(response.status, 503)
        XCTAssertEqual(response.header("Retry-After"), "1")
        XCTAssertEqual(response.json?["code"] as? String, "STD-00503")
        XCTAssertNil(response.json?["peer"])
        XCTAssertTrue(third.isClosed())
        XCTAssertEqual(server.openConnections, 2)
        // The first two still work, and a freed slot is usable again.
        try first.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try first.readResponse()?.status, 200)
        second.close()
        XCTAssertTrue(pollUntil { server.openConnections == 1 })
        let fourth = try server.client()
        try fourth.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try fourth.readResponse()?.status, 200)
    }
}
