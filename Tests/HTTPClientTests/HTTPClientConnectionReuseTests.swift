import HTTPClient
import XCTest

final class HTTPClientConnectionReuseTests: HTTPClientTestCase {
    func test_send_reusesOneConnection_whenCalling1000TimesInSequence() throws {
        let client = makeClient()
        let request = ClientRequest(url: url("/json"))
        let started = ContinuousClock.now
        for _ in 0..<1000 {
            let response = try client.send(request)
            XCTAssertEqual(response.status, 200)
        }
        let elapsed = ContinuousClock.now - started
        print("1000 sequential GETs on one connection: \(elapsed)")
        XCTAssertEqual(server.acceptedConnections, 1)
        XCTAssertEqual(client.stats.connectionsOpened, 1)
        XCTAssertEqual(client.stats.attempts, 1000)
        XCTAssertEqual(server.hits("/json"), 1000)
    }

    func test_send_keepsOneConnectionPerConcurrentCaller() throws {
        let client = makeClient()
        let request = ClientRequest(url: url("/json"))
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            for _ in 0..<50 { XCTAssertEqual(try? client.send(request).status, 200) }
        }
        XCTAssertLessThanOrEqual(server.acceptedConnections, 2)
        XCTAssertEqual(client.stats.connectionsOpened, server.acceptedConnections)
    }
}

extension HTTPClientConnectionReuseTests {
    func test_send_opensNewConnection_whenPeerAnsweredConnectionClose() throws {
        let client = makeClient()
        XCTAssertEqual(try client.send(ClientRequest(url: url("/close-after"))).status, 200)
        XCTAssertEqual(try client.send(ClientRequest(url: url("/json"))).status, 200)
        XCTAssertEqual(server.acceptedConnections, 2)
        XCTAssertEqual(client.stats.connectionsOpened, 2)
    }

    func test_send_reconnects_whenPeerDroppedIdleConnection() throws {
        let client = makeClient()
        XCTAssertEqual(try client.send(ClientRequest(method: .post, url: url("/echo"))).status, 200)
        server.dropConnections()
        Thread.sleep(forTimeInterval: 0.05)
        XCTAssertEqual(try client.send(ClientRequest(method: .post, url: url("/echo"))).status, 200)
        XCTAssertEqual(client.stats.connectionsOpened, 2)
        XCTAssertEqual(client.stats.attempts, 2, "curl reconnects by itself; no retry needed")
    }
}
