import XCTest
@testable import HTTPServer

final class PipeliningTests: XCTestCase {
    func test_pipelinedRequests_answeredInOrder_whenSentInOneWrite() throws {
        let server = try startTestServer { request, _ in .text(request.path) }
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\n\r\n")
        let bodies = try (1...3).map { _ in try XCTUnwrap(client.readResponse()).bodyText }
        XCTAssertEqual(bodies, ["/1", "/2", "/3"])
    }

    func test_pipelinedRequestsWithBodies_answeredInOrder_whenSplitAcrossWrites() throws {
        let server = try startTestServer { request, _ in
            .text(request.path + ":" + String(decoding: request.body, as: UTF8.self))
        }
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        let all = "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
            + "POST /b HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nde\r\n0\r\n\r\n"
            + "GET /c HTTP/1.1\r\nHost: x\r\n\r\n"
        let bytes = Array(all.utf8)
        // Split at awkward places: inside a header, inside a body, inside a chunk.
        for part in [bytes[0..<20], bytes[20..<50], bytes[50..<110], bytes[110...]] {
            try client.send(Array(part))
            usleep(20_000)
        }
        let bodies = try (1...3).map { _ in try XCTUnwrap(client.readResponse()).bodyText }
        XCTAssertEqual(bodies, ["/a:abc", "/b:de", "/c:"])
    }

    func test_pipelining_stopsAfterMalformedRequest_whenEarlierOnesAreValid() throws {
        let server = try startTestServer { request, _ in .text(request.path) }
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET /ok HTTP/1.1\r\nHost: x\r\n\r\nGET /bad HTTP/1.1\r\nHost : x\r\n\r\nGET /never HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try client.readResponse()?.bodyText, "/ok")
        let refused = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(refused.status, 400)
        XCTAssertEqual(refused.header("Connection"), "close")
        XCTAssertNil(try client.readResponse())
    }
}
