import Foundation
import XCTest
import HTTPServer

/// The lenient side of the RFC 9112 rules: requests the server must accept, sent as raw bytes over a real
/// socket. The echo handler (`startEchoServer`) answers with what it saw.
final class RFC9112AcceptanceTests: XCTestCase {

    func test_rfc9112_6_3_acceptsIdenticalDuplicateContentLength() throws {
        let echo = try exchange("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello")
        XCTAssertEqual(echo["body"] as? String, "hello")
    }

    func test_rfc9112_3_2_acceptsHTTP1_0_withoutHost() throws {
        let echo = try exchange("GET /old HTTP/1.0\r\n\r\n")
        XCTAssertEqual(echo["path"] as? String, "/old")
        XCTAssertEqual(echo["minorVersion"] as? Int, 0)
    }

    func test_rfc9112_3_2_2_acceptsAbsoluteForm_andHandlerSeesOriginFormParts() throws {
        let echo = try exchange("GET http://example.test/path?x=1 HTTP/1.1\r\nHost: example.test\r\n\r\n")
        XCTAssertEqual(echo["path"] as? String, "/path")
        XCTAssertEqual(echo["query"] as? String, "x=1")
    }

    func test_rfc9112_7_1_deliversChunkedBody_dechunked() throws {
        let echo = try exchange("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                + "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n")
        XCTAssertEqual(echo["body"] as? String, "hello world")
    }

    func test_rfc9112_2_2_toleratesLeadingCRLF_beforeRequestLine() throws {
        let echo = try exchange("\r\nGET /after-crlf HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(echo["path"] as? String, "/after-crlf")
    }

    /// The limit is "longer than 8 KiB" (`spec/README.md` §Common rules): exactly 8 KiB is still accepted.
    func test_rfc9112_3_acceptsTarget_ofExactly8KiB() throws {
        let target = "/" + String(repeating: "a", count: 8 * 1024 - 1)
        let echo = try exchange("GET \(target) HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual((echo["path"] as? String)?.utf8.count, 8 * 1024)
    }

    func test_rfc9112_9_3_answersPipelinedRequests_inOrder_onOneConnection() throws {
        let server = try startEchoServer()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        defer { client.close() }
        try client.send("POST /first HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
                        + "GET /second HTTP/1.1\r\nHost: x\r\n\r\n")
        let first = try XCTUnwrap(try client.readResponse(timeout: 2))
        let second = try XCTUnwrap(try client.readResponse(timeout: 2))
        XCTAssertEqual(first.json?["path"] as? String, "/first")
        XCTAssertEqual(first.json?["body"] as? String, "abc")
        XCTAssertEqual(second.json?["path"] as? String, "/second")
        XCTAssertFalse(client.isClosed(timeout: 0.2), "HTTP/1.1 connection closed without Connection: close")
    }

    func test_rfc9110_10_1_1_sends100Continue_thenReadsBody() throws {
        let server = try startEchoServer()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        defer { client.close() }
        try client.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n")
        let interim = try XCTUnwrap(try client.readResponse(timeout: 1))
        XCTAssertEqual(interim.status, 100)
        try client.send("hello")
        let final = try XCTUnwrap(try client.readResponse(timeout: 2))
        XCTAssertEqual(final.status, 200)
        XCTAssertEqual(final.json?["body"] as? String, "hello")
    }

    /// Sends `raw` on a fresh connection, expects 200 from the echo handler, and returns its JSON.
    private func exchange(_ raw: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let server = try startEchoServer()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        defer { client.close() }
        try client.send(raw)
        let response = try XCTUnwrap(try client.readResponse(timeout: 2), "closed without an answer", file: file, line: line)
        XCTAssertEqual(response.status, 200, "body: \(response.bodyText)", file: file, line: line)
        return try XCTUnwrap(response.json, "not JSON: \(response.bodyText)", file: file, line: line)
    }
}
