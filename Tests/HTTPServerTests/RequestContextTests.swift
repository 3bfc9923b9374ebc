import XCTest
@testable import HTTPServer

final class RequestContextTests: XCTestCase {
    private func contextEcho() throws -> HTTPServer {
        try startTestServer { _, context in
            context.responseHeaders.add("X-Middleware", "yes")
            return .text("\(context.requestId)|\(context.remoteAddress)")
        }
    }

    func test_requestId_isClientValue_whenValid() throws {
        let server = try contextEcho()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: x\r\nx-request-id: abc.DEF_123-x\r\n\r\n")
        let response = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(response.header("X-Request-Id"), "abc.DEF_123-x")
        XCTAssertTrue(response.bodyText.hasPrefix("abc.DEF_123-x|"))
    }

    func test_requestId_isNewUUID_whenClientValueInvalid() throws {
        let server = try contextEcho()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        for bad in ["has space", String(repeating: "a", count: 129), "semi;colon", ""] {
            try client.send("GET / HTTP/1.1\r\nHost: x\r\nX-Request-Id: \(bad)\r\n\r\n")
            let response = try XCTUnwrap(client.readResponse())
            let id = try XCTUnwrap(response.header("X-Request-Id"))
            XCTAssertNotEqual(id, bad)
            XCTAssertTrue(Self.isLowercaseUUID(id), id)
        }
    }

    func test_requestId_isNewUUIDEachTime_whenAbsent() throws {
        let server = try contextEcho()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        var ids = Set<String>()
        for _ in 0..<20 {
            try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            let id = try XCTUnwrap(client.readResponse()?.header("X-Request-Id"))
            XCTAssertTrue(Self.isLowercaseUUID(id), id)
            XCTAssertNotNil(UUID(uuidString: id))
            ids.insert(id)
        }
        XCTAssertEqual(ids.count, 20)
    }

    func test_remoteAddress_isIPv4AndPort() throws {
        let server = try contextEcho()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        let body = try XCTUnwrap(client.readResponse()).bodyText
        let address = String(body.split(separator: "|")[1])
        XCTAssertTrue(address.hasPrefix("127.0.0.1:"), address)
        XCTAssertNotNil(UInt16(address.dropFirst("127.0.0.1:".count)))
    }

    func test_contextResponseHeaders_areAdded_andRequestIdIsNotDuplicated() throws {
        let server = try startTestServer { _, context in
            context.responseHeaders.add("X-Middleware", "yes")
            context.responseHeaders.add("X-Request-Id", context.requestId)
            return .text("")
        }
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: x\r\nX-Request-Id: r1\r\n\r\n")
        let response = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(response.header("X-Middleware"), "yes")
        XCTAssertEqual(response.headers("X-Request-Id"), ["r1"])
    }

    func test_parseError_problemHasFreshTraceIdMatchingHeader() throws {
        let server = try contextEcho()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\n\r\n")
        let response = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(response.status, 400)
        let traceId = try XCTUnwrap(response.json?["traceId"] as? String)
        XCTAssertEqual(response.header("X-Request-Id"), traceId)
        XCTAssertEqual(response.json?["type"] as? String, "urn:altinn:error:STD-00400")
    }

    static func isLowercaseUUID(_ id: String) -> Bool {
        let parts = id.split(separator: "-", omittingEmptySubsequences: false).map(\.count)
        return parts == [8, 4, 4, 4, 12] && id.allSatisfy { "0123456789abcdef-".contains($0) }
            && Array(id)[14] == "4" && "89ab".contains(Array(id)[19])
    }
}
