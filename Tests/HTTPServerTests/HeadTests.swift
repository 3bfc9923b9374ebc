import XCTest
@testable import HTTPServer

final class HeadTests: XCTestCase {
    func test_head_keepsHeadersButSendsNoBody() throws {
        let server = try startTestServer { request, _ in .text("twelve bytes") }
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("HEAD / HTTP/1.1\r\nHost: x\r\n\r\n")
        let head = try XCTUnwrap(client.readResponse(expectBody: false))
        XCTAssertEqual(head.status, 200)
        XCTAssertEqual(head.header("Content-Length"), "12")
        XCTAssertEqual(head.header("Content-Type"), "text/plain; charset=utf-8")
        // Had a body been sent, it would now be read as the start of the next response.
        try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        let get = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(get.bodyText, "twelve bytes")
    }

    func test_head_doesNotRunStream() throws {
        let streamed = LockedFlag()
        let server = try startTestServer { _, _ in
            HTTPResponse(status: 200) { writer in
                streamed.set()
                try writer.write(Array("body".utf8))
            }
        }
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("HEAD / HTTP/1.1\r\nHost: x\r\n\r\n")
        let head = try XCTUnwrap(client.readResponse(expectBody: false))
        XCTAssertEqual(head.header("Transfer-Encoding"), "chunked")
        usleep(50_000)
        XCTAssertEqual(client.pendingBytes, [])
        XCTAssertFalse(streamed.isSet)
    }

    func test_noContent_hasNoContentLengthAndNoBody() throws {
        let server = try startTestServer { _, _ in HTTPResponse(status: 204, body: Array("ignored".utf8)) }
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("DELETE /x HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n")
        let first = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(first.status, 204)
        XCTAssertNil(first.header("Content-Length"))
        XCTAssertEqual(try client.readResponse()?.status, 204)
    }
}

/// A thread-safe flag for tests.
private final class LockedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
