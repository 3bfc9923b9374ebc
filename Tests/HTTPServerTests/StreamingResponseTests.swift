import XCTest
@testable import HTTPServer

private struct StreamFailure: Error {}

final class StreamingResponseTests: XCTestCase {
    func test_streamBody_isSentChunked_whenClientSpeaksHTTP11() throws {
        let server = try startTestServer { _, _ in
            HTTPResponse(status: 200, headers: ["Content-Type": "text/plain"]) { writer in
                for part in ["alpha", "", "beta", "gamma"] { try writer.write(Array(part.utf8)) }
            }
        }
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        let response = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(response.header("Transfer-Encoding"), "chunked")
        XCTAssertNil(response.header("Content-Length"))
        XCTAssertEqual(response.bodyText, "alphabetagamma")
        // The connection stays usable after the last-chunk.
        try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try client.readResponse()?.bodyText, "alphabetagamma")
    }

    func test_streamBody_wireFormat_isOneChunkPerWrite() throws {
        let server = try startTestServer { _, _ in
            HTTPResponse(status: 200) { writer in
                try writer.write(Array("hello".utf8))
                try writer.write([UInt8](repeating: 120, count: 20))
            }
        }
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        let raw = String(decoding: try client.readUntilClosed(), as: UTF8.self)
        XCTAssertTrue(raw.hasSuffix("\r\n\r\n5\r\nhello\r\n14\r\n\(String(repeating: "x", count: 20))\r\n0\r\n\r\n"), raw)
    }

    func test_streamBody_largeStream_arrivesWhole() throws {
        let server = try startTestServer { _, _ in
            HTTPResponse(status: 200) { writer in
                for index in 0..<200 { try writer.write([UInt8](repeating: UInt8(index % 256), count: 8192)) }
            }
        }
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        let response = try XCTUnwrap(client.readResponse(timeout: 5))
        XCTAssertEqual(response.body.count, 200 * 8192)
        XCTAssertEqual(response.body[8192 * 7], 7)
    }

    func test_streamBody_closesWithoutLastChunk_whenStreamThrows() throws {
        let server = try startTestServer { _, _ in
            HTTPResponse(status: 200) { writer in
                try writer.write(Array("partial".utf8))
                throw StreamFailure()
            }
        }
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        let raw = String(decoding: try client.readUntilClosed(), as: UTF8.self)
        XCTAssertTrue(raw.hasSuffix("7\r\npartial\r\n"), raw)
        XCTAssertFalse(raw.contains("0\r\n\r\n"))
    }

    func test_streamBody_isSentUntilClose_whenClientSpeaksHTTP10() throws {
        let server = try startTestServer { _, _ in
            HTTPResponse(status: 200) { writer in
                try writer.write(Array("one".utf8))
                try writer.write(Array("two".utf8))
            }
        }
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        let response = try XCTUnwrap(client.readResponse())
        XCTAssertNil(response.header("Transfer-Encoding"))
        XCTAssertEqual(response.header("Connection"), "close")
        XCTAssertEqual(response.bodyText, "onetwo")
    }
}
