import XCTest
@testable import HTTPServer

final class ShutdownTests: XCTestCase {
    private func slowServer(delay: Double) throws -> HTTPServer {
        try startTestServer { request, _ in
            if request.path == "/slow" { usleep(useconds_t(delay * 1_000_000)) }
            return .text(request.path)
        }
    }

    func test_draining_addsConnectionClose_andClosesAfterResponse() throws {
        let server = try slowServer(delay: 0)
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET /before HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertNil(try client.readResponse()?.header("Connection"))
        server.beginDraining()
        XCTAssertTrue(server.isDraining)
        try client.send("GET /after HTTP/1.1\r\nHost: x\r\n\r\n")
        let response = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(response.bodyText, "/after")
        XCTAssertEqual(response.header("Connection"), "close")
        XCTAssertTrue(client.isClosed())
        // Draining still accepts and serves new connections.
        let late = try server.client()
        try late.send("GET /late HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try late.readResponse()?.header("Connection"), "close")
    }

    func test_shutdown_letsInFlightRequestFinish_andClosesIdleConnections() throws {
        let server = try slowServer(delay: 0.5)
        let port = server.boundPort
        let idle = try server.client()
        try idle.send("GET /warm HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try idle.readResponse()?.status, 200)
        let busy = try server.client()
        try busy.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
        usleep(100_000)

        let done = expectation(description: "shutdown returned")
        let started = Date()
        Thread.detachNewThread {
            server.shutdown(timeout: 3)
            done.fulfill()
        }
        XCTAssertTrue(idle.isClosed(timeout: 0.4), "the idle keep-alive connection is closed at once")
        let response = try XCTUnwrap(busy.readResponse())
        XCTAssertEqual(response.bodyText, "/slow")
        XCTAssertEqual(response.header("Connection"), "close")
        wait(for: [done], timeout: 3)
        XCTAssertLessThan(Date().timeIntervalSince(started), 2, "shutdown does not wait for its whole timeout")
        XCTAssertEqual(server.openConnections, 0)
        XCTAssertThrowsError(try RawClient(port: port), "the listener is closed")
    }

    func test_shutdown_closesConnectionsStillBusy_whenTimeoutPasses() throws {
        let server = try slowServer(delay: 2)
        let busy = try server.client()
        try busy.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
        usleep(100_000)
        let started = Date()
        server.shutdown(timeout: 0.3)
        XCTAssertLessThan(Date().timeIntervalSince(started), 1.5)
        XCTAssertTrue(busy.isClosed(timeout: 1))
    }

    func test_waitUntilStopped_returns_afterShutdown() throws {
        let server = try slowServer(delay: 0)
        let stopped = expectation(description: "stopped")
        Thread.detachNewThread {
            server.waitUntilStopped()
            stopped.fulfill()
        }
        server.shutdown(timeout: 1)
        wait(for: [stopped], timeout: 2)
    }

    func test_start_throwsBindFailed_whenPortIsTaken() throws {
        let first = try slowServer(delay: 0)
        defer { first.shutdown(timeout: 1) }
        var configuration = HTTPServer.Configuration(host: "127.0.0.1", port: first.boundPort)
        configuration.workerThreads = 1
        let second = HTTPServer(configuration: configuration, responder: ClosureResponder { _, _ in .text("") })
        XCTAssertThrowsError(try second.start()) { error in
            guard case HTTPServerError.bindFailed(_, let port, let code) = error else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(port, first.boundPort)
            XCTAssertEqual(code, EADDRINUSE)
        }
    }

    func test_start_throwsAlreadyStarted_whenCalledTwice() throws {
        let server = try slowServer(delay: 0)
        defer { server.shutdown(timeout: 1) }
        XCTAssertThrowsError(try server.start()) { XCTAssertEqual($0 as? HTTPServerError, .alreadyStarted) }
    }
}
