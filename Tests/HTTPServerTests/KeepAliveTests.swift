import XCTest
@testable import HTTPServer

final class KeepAliveTests: XCTestCase {
    private func echoPath() throws -> HTTPServer {
        try startTestServer { request, _ in .text(request.path) }
    }

    func test_http11_servesTwoRequestsOnOneConnection_whenNoConnectionHeader() throws {
        let server = try echoPath()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET /one HTTP/1.1\r\nHost: x\r\n\r\n")
        let first = try XCTUnwrap(client.readResponse())
        try client.send("GET /two HTTP/1.1\r\nHost: x\r\n\r\n")
        let second = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(first.bodyText, "/one")
        XCTAssertEqual(second.bodyText, "/two")
        XCTAssertNil(second.header("Connection"))
        XCTAssertFalse(client.isClosed(timeout: 0.2))
    }

    func test_http10_closesAfterResponse_whenNoKeepAlive() throws {
        let server = try echoPath()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET /old HTTP/1.0\r\n\r\n")
        let response = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.header("Connection"), "close")
        XCTAssertTrue(client.isClosed())
    }

    func test_http10_keepsConnection_whenKeepAliveRequested() throws {
        let server = try echoPath()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        let first = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(first.header("Connection"), "keep-alive")
        try client.send("GET /b HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        XCTAssertEqual(try client.readResponse()?.bodyText, "/b")
    }

    func test_http11_closesAfterResponse_whenConnectionClose() throws {
        let server = try echoPath()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET /bye HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        let response = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(response.bodyText, "/bye")
        XCTAssertEqual(response.header("Connection"), "close")
        XCTAssertTrue(client.isClosed())
    }

    func test_server_closesAfterResponse_whenResponderSaysConnectionClose() throws {
        let server = try startTestServer { _, _ in
            HTTPResponse(status: 200, headers: ["Connection": "close"], body: Array("x".utf8))
        }
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try client.readResponse()?.headers("Connection"), ["close"])
        XCTAssertTrue(client.isClosed())
    }

    func test_openConnections_countsAndReleases_whenClientsComeAndGo() throws {
        let server = try echoPath()
        defer { server.shutdown(timeout: 1) }
        let a = try server.client()
        let b = try server.client()
        try a.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        try b.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        _ = try a.readResponse()
        _ = try b.readResponse()
        XCTAssertEqual(server.openConnections, 2)
        a.close()
        b.close()
        XCTAssertTrue(pollUntil { server.openConnections == 0 })
    }
}
