import HTTPClient
import XCTest

final class HTTPClientFailureTests: HTTPClientTestCase {
    func test_send_throwsTimedOut_whenPeerIsSlowerThanAttemptTimeout() {
        let client = makeClient(attemptTimeout: .milliseconds(300))
        let request = ClientRequest(method: .post, url: url("/slow"))
        let started = ContinuousClock.now
        let error = expectError { try client.send(request) }
        let elapsed = ContinuousClock.now - started
        XCTAssertEqual(error, .timedOut(peer: "registry"))
        XCTAssertEqual(error?.problemStatus, 504)
        XCTAssertGreaterThanOrEqual(elapsed, .milliseconds(290))
        XCTAssertLessThan(elapsed, .milliseconds(950))
        XCTAssertEqual(server.hits("/slow"), 1)
    }

    func test_send_throwsConnectFailed_whenNothingListens() throws {
        let (descriptor, port) = try TestSocket.bound(listening: nil)
        defer { close(descriptor) }
        let client = makeClient()
        let error = expectError { try client.send(ClientRequest(method: .post, url: "http://127.0.0.1:\(port)/json")) }
        guard case .connectFailed(let peer, _) = error else { return XCTFail("not connectFailed: \(String(describing: error))") }
        XCTAssertEqual(peer, "registry")
        XCTAssertEqual(error?.problemStatus, 503)
        XCTAssertEqual(client.stats.connectionsOpened, 0)
    }

    func test_send_throwsConnectFailed_whenConnectTimesOut() throws {
        // A listener that never accepts, with its backlog full: further SYNs go unanswered.
        let (listener, port) = try TestSocket.bound(listening: 0)
        let fillers = (0..<4).map { _ in TestSocket.connectWithoutWaiting(to: port) }
        defer { ([listener] + fillers).forEach { close($0) } }
        Thread.sleep(forTimeInterval: 0.05)
        let client = makeClient(attemptTimeout: .seconds(2), connectTimeout: .milliseconds(200))
        let started = ContinuousClock.now
        let error = expectError { try client.send(ClientRequest(method: .post, url: "http://127.0.0.1:\(port)/json")) }
        let elapsed = ContinuousClock.now - started
        guard case .connectFailed = error else { return XCTFail("not connectFailed: \(String(describing: error))") }
        XCTAssertLessThan(elapsed, .milliseconds(950))
    }

    func test_send_throwsTransport_whenPeerClosesWithoutAnswer() {
        let error = expectError { try makeClient().send(ClientRequest(url: url("/close"))) }
        guard case .transport(let peer, let code, _) = error else { return XCTFail("not transport: \(String(describing: error))") }
        XCTAssertEqual(peer, "registry")
        XCTAssertEqual(code, 52) // CURLE_GOT_NOTHING
        XCTAssertEqual(error?.problemStatus, 503)
        XCTAssertEqual(server.hits("/close"), 1, "a transport failure is not retried")
    }

    func test_send_throwsResponseTooLarge_whenBodyExceedsLimit() {
        let client = HTTPClient(peer: "registry", configuration: .init(maxResponseBytes: 1000))
        let error = expectError { try client.send(ClientRequest(url: url("/download"))) }
        XCTAssertEqual(error, .responseTooLarge(peer: "registry", limit: 1000))
    }

    func test_send_recovers_afterATimedOutAttempt() throws {
        let client = makeClient(attemptTimeout: .milliseconds(200))
        _ = expectError { try client.send(ClientRequest(method: .post, url: url("/slow"))) }
        XCTAssertEqual(try client.send(ClientRequest(url: url("/json"))).status, 200)
    }

    func test_problemStatus_is504OnlyForTimeouts() {
        XCTAssertEqual(HTTPClientError.timedOut(peer: "approval").problemStatus, 504)
        XCTAssertEqual(HTTPClientError.serverError(peer: "approval", status: 502).problemStatus, 503)
        XCTAssertEqual(HTTPClientError.connectFailed(peer: "approval", detail: "").problemStatus, 503)
        XCTAssertEqual(HTTPClientError.serverError(peer: "approval", status: 502).peer, "approval")
    }
}
