import XCTest
@testable import HTTPServer

final class ChunkedBodyTests: XCTestCase {
    private func echoBody(_ configure: (inout HTTPServer.Configuration) -> Void = { _ in }) throws -> HTTPServer {
        try startTestServer(configure: configure) { request, _ in
            HTTPResponse(status: 200, body: request.body)
        }
    }

    func test_chunkedRequest_reachesResponderDechunked_whenChunksHaveExtensionsAndTrailers() throws {
        let server = try echoBody()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "5;name=value\r\nhello\r\n1\r\n \r\nA\r\n0123456789\r\n0\r\nX-Checksum: abc\r\n\r\n")
        let response = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(response.bodyText, "hello 0123456789")
    }

    func test_chunkedRequest_reassembled_whenSentOneByteAtATime() throws {
        let server = try echoBody()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        let request = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: Chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"
        for byte in request.utf8 { try client.send([byte]) }
        XCTAssertEqual(try client.readResponse()?.bodyText, "abcde")
    }

    func test_chunkedRequest_gets413_whenDechunkedBodyExceedsLimit() throws {
        let server = try echoBody { $0.limits.maxBodyBytes = 10 }
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n8\r\n")
        let response = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(response.status, 413)
        XCTAssertEqual(response.json?["code"] as? String, "STD-00413")
        XCTAssertTrue(client.isClosed())
    }

    func test_chunkedRequest_gets400_whenChunkDataLacksCRLF() throws {
        let server = try echoBody()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n")
        XCTAssertEqual(try client.readResponse()?.status, 400)
    }

    func test_chunkedRequest_gets400_whenChunkSizeIsNotHex() throws {
        let server = try echoBody()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n")
        XCTAssertEqual(try client.readResponse()?.status, 400)
    }

    func test_contentLengthBody_reachesResponder_whenSentInPieces() throws {
        let server = try echoBody()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("PUT / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n01234")
        usleep(50_000)
        try client.send("56789")
        XCTAssertEqual(try client.readResponse()?.bodyText, "0123456789")
    }

    func test_largeBody_reachesResponderIntact_whenItGrowsTheReadBuffer() throws {
        let server = try echoBody()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        let body = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 % 251) }
        try client.send(Array("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body)
        let response = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(response.body, body)
    }
}
