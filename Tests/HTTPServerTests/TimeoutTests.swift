import XCTest
@testable import HTTPServer

final class TimeoutTests: XCTestCase {
    private func server(read: Double = 10, idle: Double = 60) throws -> HTTPServer {
        try startTestServer(configure: {
            $0.readTimeoutSeconds = read
            $0.idleTimeoutSeconds = idle
        }) { _, _ in .text("ok") }
    }

    func test_partialHeaders_get408AndClose_afterReadTimeout() throws {
        let server = try server(read: 0.5)
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        let started = Date()
        try client.send("GET / HTTP/1.1\r\nHost: x\r\n")
        let response = try XCTUnwrap(client.readResponse(timeout: 2))
        XCTAssertEqual(response.status, 408)
        XCTAssertEqual(response.json?["code"] as? String, "STD-00408")
        XCTAssertEqual(response.header("Connection"), "close")
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(started), 0.45)
        XCTAssertTrue(client.isClosed())
    }

    func test_slowHeaders_get408_evenWhenBytesKeepTrickling() throws {
        let server = try server(read: 0.5)
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\n")
        for _ in 0..<8 {
            usleep(100_000)
            try? client.send("X: y\r\n")
        }
        XCTAssertEqual(try client.readResponse(timeout: 1)?.status, 408)
    }

    func test_connectionThatSentNothing_isClosedSilently_afterReadTimeout() throws {
        let server = try server(read: 0.3)
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        XCTAssertTrue(client.isClosed(timeout: 1.5))
        XCTAssertEqual(client.pendingBytes, [])
    }

    func test_idleKeepAliveConnection_isClosedSilently_afterIdleTimeout() throws {
        let server = try server(read: 10, idle: 0.4)
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try client.readResponse()?.status, 200)
        XCTAssertFalse(client.isClosed(timeout: 0.2))
        XCTAssertTrue(client.isClosed(timeout: 1.5))
        XCTAssertEqual(client.pendingBytes, [])
    }

    func test_idleConnection_staysOpen_whenRequestsKeepComing() throws {
        let server = try server(read: 10, idle: 0.5)
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        for _ in 0..<4 {
            try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            XCTAssertEqual(try client.readResponse()?.status, 200)
            usleep(250_000)
        }
    }
}
