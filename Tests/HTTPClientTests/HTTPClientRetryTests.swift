import HTTPClient
import XCTest

final class HTTPClientRetryTests: HTTPClientTestCase {
    func test_send_succeedsOnThirdAttempt_whenGetFailsTwiceWith500() throws {
        let client = makeClient()
        let response = try client.send(ClientRequest(url: url("/flaky")))
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(server.hits("/flaky"), 3)
        XCTAssertEqual(client.stats.attempts, 3)
    }

    func test_send_throwsServerError_afterThreeAttempts_whenGetAlwaysFails() {
        let client = makeClient()
        XCTAssertEqual(expectError { try client.send(ClientRequest(url: url("/status/500"))) },
                       .serverError(peer: "registry", status: 500))
        XCTAssertEqual(server.hits("/status/500"), 3)
    }

    func test_send_returnsServerError_withoutRetrying_whenRequestReturnsServerErrors() throws {
        var request = ClientRequest(url: url("/status/500"))
        request.returnsServerErrors = true
        let response = try makeClient().send(request)
        XCTAssertEqual(response.status, 500)
        XCTAssertEqual(server.hits("/status/500"), 1)
    }

    func test_send_triesPostOnce_whenNotMarkedIdempotent() {
        let client = makeClient()
        let error = expectError { try client.send(ClientRequest(method: .post, url: url("/flaky"))) }
        XCTAssertEqual(error, .serverError(peer: "registry", status: 500))
        XCTAssertEqual(error?.problemStatus, 503)
        XCTAssertEqual(server.hits("/flaky"), 1)
    }

    func test_send_retriesPost_whenMarkedIdempotent() throws {
        let request = ClientRequest.json(.post, url: url("/flaky"), body: ["status": "Accepted"], idempotent: true)
        XCTAssertEqual(try makeClient().send(request).status, 200)
        XCTAssertEqual(server.hits("/flaky"), 3)
        XCTAssertEqual(server.requests.last?.body, Array(#"{"status":"Accepted"}"#.utf8))
    }

    func test_send_retriesConnectFailures_thenThrowsConnectFailed() throws {
        let (descriptor, port) = try TestSocket.bound(listening: nil)
        defer { close(descriptor) }
        let client = makeClient()
        guard case .connectFailed = expectError({ try client.send(ClientRequest(url: "http://127.0.0.1:\(port)/")) }) else {
            return XCTFail("not connectFailed")
        }
        XCTAssertEqual(client.stats.attempts, 3)
    }

    func test_send_retriesTimeouts_forGet() {
        let client = makeClient(attemptTimeout: .milliseconds(150))
        XCTAssertEqual(expectError { try client.send(ClientRequest(url: url("/slow"))) }, .timedOut(peer: "registry"))
        XCTAssertEqual(client.stats.attempts, 3)
    }

    func test_send_stopsRetrying_whenDeadlineLeavesNoTimeForAnotherAttempt() {
        // Each attempt takes 250 ms; after the first, the backoff (>= 50 ms) would pass the 300 ms deadline.
        let request = ClientRequest(url: url("/slow-500"), deadline: .after(.milliseconds(300)))
        XCTAssertEqual(expectError { try makeClient().send(request) }, .serverError(peer: "registry", status: 500))
        XCTAssertEqual(server.hits("/slow-500"), 1)
    }

    func test_send_cutsAttemptToDeadline_andThrowsTimedOut() {
        let request = ClientRequest(url: url("/slow"), deadline: .after(.milliseconds(250)))
        let started = ContinuousClock.now
        let error = expectError { try makeClient().send(request) }
        let elapsed = ContinuousClock.now - started
        XCTAssertEqual(error, .timedOut(peer: "registry"))
        XCTAssertEqual(error?.problemStatus, 504)
        XCTAssertLessThan(elapsed, .milliseconds(900))
        XCTAssertEqual(server.hits("/slow"), 1)
    }

    func test_send_throwsTimedOutWithoutSending_whenDeadlineHasPassed() {
        let request = ClientRequest(url: url("/json"), deadline: .after(.zero))
        XCTAssertEqual(expectError { try makeClient().send(request) }, .timedOut(peer: "registry"))
        XCTAssertEqual(server.requests.count, 0)
    }

    func test_send_waitsARandomBackoffBetweenAttempts() throws {
        let started = ContinuousClock.now
        _ = try makeClient().send(ClientRequest(url: url("/flaky")))
        let elapsed = ContinuousClock.now - started
        XCTAssertGreaterThanOrEqual(elapsed, .milliseconds(100), "two pauses of at least 50 ms")
        XCTAssertLessThan(elapsed, .milliseconds(1500))
    }
}
