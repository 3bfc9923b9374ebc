import XCTest
@testable import HTTPServer

final class ExpectContinueTests: XCTestCase {
    private func echoBody(_ configure: (inout HTTPServer.Configuration) -> Void = { _ in }) throws -> HTTPServer {
        try startTestServer(configure: configure) { request, _ in HTTPResponse(status: 200, body: request.body) }
    }

    func test_expectContinue_gets100ThenFinalResponse_whenBodyIsHeldBack() throws {
        let server = try echoBody()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
        let interim = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(interim.status, 100)
        try client.send("he")
        usleep(30_000)
        try client.send("llo")
        let final = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(final.status, 200)
        XCTAssertEqual(final.bodyText, "hello")
    }

    func test_expectContinue_sends100Once_forChunkedBody() throws {
        let server = try echoBody()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-Continue\r\nTransfer-Encoding: chunked\r\n\r\n")
        XCTAssertEqual(try client.readResponse()?.status, 100)
        try client.send("3\r\nabc\r\n")
        usleep(30_000)
        try client.send("0\r\n\r\n")
        let final = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(final.status, 200)
        XCTAssertEqual(final.bodyText, "abc")
    }

    func test_expectContinue_gets413Without100_whenContentLengthExceedsLimit() throws {
        let server = try echoBody { $0.limits.maxBodyBytes = 4 }
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
        XCTAssertEqual(try client.readResponse()?.status, 413)
    }

    func test_expectContinue_no100_whenBodyArrivesWithHead() throws {
        let server = try echoBody()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok")
        let response = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.bodyText, "ok")
    }

    func test_expectContinue_ignored_forHTTP10() throws {
        let server = try echoBody()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n")
        usleep(100_000)
        XCTAssertEqual(client.pendingBytes, [])
        try client.send("ok")
        XCTAssertEqual(try client.readResponse()?.status, 200)
    }
}
