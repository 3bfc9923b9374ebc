import Foundation
import Synchronization
import XCTest
@testable import HTTPServer

private final class Counter: Sendable {
    let count = Atomic<Int>(0)
}

/// Counts the requests that came back through the middleware chain with a response.
private struct CountingMiddleware: Middleware {
    let completed: Counter

    func handle(_ request: HTTPRequest, context: RequestContext,
                next: (HTTPRequest, RequestContext) throws -> HTTPResponse) throws -> HTTPResponse {
        let response = try next(request, context)
        completed.count.add(1, ordering: .relaxed)
        return response
    }
}

private func threadName() -> String { String(UInt(bitPattern: Int(bitPattern: UInt(pthread_self())))) }

final class EventLoopRouteTests: XCTestCase {
    private let completed = Counter()
    private let attempts = Counter()

    /// `/loop/{n}` and `/worker/{n}` answer "<thread>:<n>"; `/needs-worker` asks for a worker;
    /// `/big` is 8 MB from the event loop; `/stream` is a streamed body from the event loop.
    private func makeRouter() -> Router {
        var router = Router()
        router.use(CountingMiddleware(completed: completed))
        let where_: @Sendable (RequestContext) -> String = { context in
            context.isOnEventLoop ? "loop" : "worker"
        }
        router.get("/loop/{n}", execution: .eventLoop) { _, context in
            .text("\(where_(context)):\(threadName()):\(context.parameter("n"))")
        }
        router.get("/worker/{n}") { _, context in
            .text("\(where_(context)):\(threadName()):\(context.parameter("n"))")
        }
        router.get("/needs-worker", execution: .eventLoop) { [attempts] _, context in
            attempts.count.add(1, ordering: .relaxed)
            try context.requireWorker()
            return .text(where_(context))
        }
        router.get("/big", execution: .eventLoop) { _, _ in
            HTTPResponse(status: 200, body: [UInt8](repeating: UInt8(ascii: "b"), count: 8 << 20))
        }
        router.get("/stream", execution: .eventLoop) { _, _ in
            HTTPResponse(status: 200) { writer in
                for part in ["one", "two"] { try writer.write(Array(part.utf8)) }
            }
        }
        return router
    }

    private func start(answersOnEventLoop: Bool = true, eventLoops: Int = 1) throws -> HTTPServer {
        var configuration = HTTPServer.Configuration(host: "127.0.0.1", port: 0)
        configuration.workerThreads = 4
        configuration.answersOnEventLoop = answersOnEventLoop
        configuration.eventLoops = eventLoops
        let server = HTTPServer(configuration: configuration, responder: makeRouter())
        try server.start()
        return server
    }

    private func get(_ client: RawClient, _ path: String) throws -> String {
        try client.send("GET \(path) HTTP/1.1\r\nHost: x\r\n\r\n")
        return try XCTUnwrap(client.readResponse()).bodyText
    }

    /// "<loop|worker>:<n>" from a "<loop|worker>:<thread>:<n>" answer, checking that every "loop" answer
    /// came from one thread and no "worker" answer from that thread.
    private var eventLoopThread: String?
    private func place(_ answer: String) -> String {
        let parts = answer.split(separator: ":").map(String.init)
        guard parts.count == 3 else { return answer }
        if parts[0] == "loop" {
            if eventLoopThread == nil { eventLoopThread = parts[1] }
            XCTAssertEqual(parts[1], eventLoopThread, "every event-loop answer comes from one thread")
        } else {
            XCTAssertNotEqual(parts[1], eventLoopThread)
        }
        return parts[0] + ":" + parts[2]
    }

    func test_eventLoopRoute_runsOnEventLoopThread_andWorkerRouteOnAWorker() throws {
        let server = try start()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        XCTAssertEqual(place(try get(client, "/loop/1")), "loop:1")
        XCTAssertEqual(place(try get(client, "/worker/2")), "worker:2")
        XCTAssertEqual(place(try get(client, "/loop/3")), "loop:3")
    }

    func test_connections_areSpreadOverEventLoops_andEachKeepsItsLoop() throws {
        let server = try start(eventLoops: 3)
        defer { server.shutdown(timeout: 1) }
        let clients = try (0..<6).map { _ in try server.client() }
        var threadsByClient: [[String]] = Array(repeating: [], count: clients.count)
        for round in 0..<3 {
            for (index, client) in clients.enumerated() {
                let parts = try get(client, "/loop/\(round)").split(separator: ":").map(String.init)
                XCTAssertEqual(parts.first, "loop")
                threadsByClient[index].append(parts[1])
            }
        }
        XCTAssertTrue(threadsByClient.allSatisfy { Set($0).count == 1 }, "a connection stays on its loop")
        XCTAssertEqual(Set(threadsByClient.map { $0[0] }).count, 3, "six connections over three loops")
        XCTAssertTrue(try get(clients[0], "/worker/1").hasPrefix("worker:"))
        XCTAssertEqual(try get(clients[0], "/needs-worker"), "worker")
    }

    func test_eventLoopHooks_runOnEachLoopThread_aroundTheRequestsItAnswers() throws {
        let events = Mutex<[String]>([])
        var router = makeRouter()
        router.onEventLoop(start: { events.withLock { $0.append("start:\(threadName())") } },
                           batchEnd: { events.withLock { $0.append("end:\(threadName())") } })
        router.get("/recorded", execution: .eventLoop) { _, _ in
            events.withLock { $0.append("request:\(threadName())") }
            return .text(threadName())
        }
        var configuration = HTTPServer.Configuration(host: "127.0.0.1", port: 0)
        configuration.eventLoops = 2
        let server = HTTPServer(configuration: configuration, responder: router)
        try server.start()
        defer { server.shutdown(timeout: 1) }
        let loopThread = try get(try server.client(), "/recorded")
        let endsAfterRequest: @Sendable ([String]) -> Bool = { recorded in
            guard let request = recorded.firstIndex(of: "request:\(loopThread)") else { return false }
            return recorded[request...].contains("end:\(loopThread)")
        }
        let deadline = Date().addingTimeInterval(2)
        while Date() < deadline, !events.withLock({ endsAfterRequest($0) }) { usleep(1000) }
        let recorded = events.withLock { $0 }
        XCTAssertEqual(recorded.filter { $0.hasPrefix("start:") }.count, 2, "once per loop thread")
        XCTAssertEqual(recorded.first { $0.hasSuffix(":\(loopThread)") }, "start:\(loopThread)")
        XCTAssertTrue(endsAfterRequest(recorded), "a batch end follows the request on its loop")
    }

    func test_eventLoopRoute_runsOnAWorker_whenConfigurationTurnsItOff() throws {
        let server = try start(answersOnEventLoop: false)
        defer { server.shutdown(timeout: 1) }
        XCTAssertEqual(place(try get(try server.client(), "/loop/1")), "worker:1")
    }

    func test_requireWorker_runsTheRequestAgainOnAWorker_andCountsItOnce() throws {
        let server = try start()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        XCTAssertEqual(try get(client, "/needs-worker"), "worker")
        XCTAssertEqual(attempts.count.load(ordering: .relaxed), 2, "one attempt on the event loop, one on a worker")
        XCTAssertEqual(completed.count.load(ordering: .relaxed), 1, "the abandoned attempt reaches no middleware")
        XCTAssertEqual(place(try get(client, "/loop/after")), "loop:after")
    }

    func test_pipelinedRequests_acrossBothKindsOfRoute_answeredInOrder() throws {
        let server = try start()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        // More event-loop requests in a row than one turn answers, then worker ones in between.
        let paths = (0..<40).map { $0 % 13 == 12 ? "/worker/\($0)" : "/loop/\($0)" }
        try client.send(paths.map { "GET \($0) HTTP/1.1\r\nHost: x\r\n\r\n" }.joined())
        // Once a worker has the connection it answers what is buffered, whatever the route.
        let answers = try paths.map { _ in try XCTUnwrap(client.readResponse()).bodyText.split(separator: ":") }
        XCTAssertEqual(answers.map { $0.last.map(String.init) }, (0..<40).map { String($0) })
        XCTAssertEqual(answers[0].first, "loop")
        XCTAssertEqual(answers[12].first, "worker")
    }

    func test_largeResponse_fromEventLoop_doesNotHoldOtherConnections_whileItsClientIsNotReading() throws {
        let server = try start()
        defer { server.shutdown(timeout: 1) }
        let slow = try server.client()
        try slow.send("GET /big HTTP/1.1\r\nHost: x\r\n\r\n")
        usleep(100_000)
        let other = try server.client()
        let started = Date()
        XCTAssertEqual(place(try get(other, "/loop/1")), "loop:1")
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
        let big = try XCTUnwrap(slow.readResponse(timeout: 5))
        XCTAssertEqual(big.body.count, 8 << 20)
        XCTAssertTrue(big.body.allSatisfy { $0 == UInt8(ascii: "b") })
        XCTAssertEqual(place(try get(slow, "/loop/2")), "loop:2", "the connection goes on after the hand-over")
    }

    func test_streamedResponse_fromEventLoopRoute_arrivesWhole() throws {
        let server = try start()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        let response = try XCTUnwrap(try { try client.send("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n"); return try client.readResponse() }())
        XCTAssertEqual(response.header("Transfer-Encoding"), "chunked")
        XCTAssertEqual(response.bodyText, "onetwo")
        XCTAssertEqual(place(try get(client, "/loop/1")), "loop:1")
    }

    func test_unknownPath_isAnsweredByTheFallback_whenRouterHasEventLoopRoutes() throws {
        let server = try start()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try XCTUnwrap(client.readResponse()).status, 404)
        XCTAssertEqual(place(try get(client, "/loop/1")), "loop:1")
    }

    func test_expectContinue_onEventLoopRoute_isAnswered() throws {
        var router = Router()
        router.post("/echo", execution: .eventLoop) { request, _ in .text(String(decoding: request.body, as: UTF8.self)) }
        var configuration = HTTPServer.Configuration(host: "127.0.0.1", port: 0)
        configuration.workerThreads = 2
        let server = HTTPServer(configuration: configuration, responder: router)
        try server.start()
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n")
        XCTAssertEqual(try XCTUnwrap(client.readResponse(expectBody: false)).status, 100)
        try client.send("hello")
        XCTAssertEqual(try XCTUnwrap(client.readResponse()).bodyText, "hello")
    }
}
