import Foundation
import Synchronization

/// A minimal HTTP/1.1 server for the client's tests, on blocking POSIX sockets: one thread accepts,
/// one thread per connection serves requests in a keep-alive loop. It records what it saw.
final class TestHTTPServer: Sendable {
    typealias Handler = @Sendable (_ request: TestRequest, _ hit: Int) -> TestResponse

    private struct State {
        var acceptedConnections = 0
        var requests: [TestRequest] = []
        var hitsByPath: [String: Int] = [:]
        var openDescriptors: Set<Int32> = []
        var stopped = false
    }

    let port: UInt16
    private let listener: Int32
    private let handler: Handler
    private let state = Mutex(State())

    /// - Parameter handler: answers a request; `hit` counts the requests to its path so far, from 1.
    init(handler: @escaping Handler) throws {
        (listener, port) = try TestSocket.listen()
        self.handler = handler
        Thread { [self] in acceptLoop() }.start()
    }

    deinit { stop() }

    var baseURL: String { "http://127.0.0.1:\(port)" }
    var acceptedConnections: Int { state.withLock { $0.acceptedConnections } }
    var requests: [TestRequest] { state.withLock { $0.requests } }

    func hits(_ path: String) -> Int {
        state.withLock { $0.hitsByPath[path, default: 0] }
    }

    func stop() {
        state.withLock { state in
            guard !state.stopped else { return }
            state.stopped = true
            // Only the accept thread closes the listener, so its number cannot be reused under it.
            shutdown(listener, Int32(SHUT_RDWR))
            for descriptor in state.openDescriptors { shutdown(descriptor, Int32(SHUT_RDWR)) }
        }
    }

    /// Closes every open connection at once, as a peer's idle timeout or restart would.
    func dropConnections() {
        state.withLock { state in
            for descriptor in state.openDescriptors { shutdown(descriptor, Int32(SHUT_RDWR)) }
        }
    }

    private func acceptLoop() {
        defer { close(listener) }
        while true {
            let descriptor = accept(listener, nil, nil)
            if descriptor < 0 {
                if errno == EINTR { continue }
                return
            }
            let admitted = state.withLock { state -> Bool in
                guard !state.stopped else { return false }
                state.acceptedConnections += 1
                state.openDescriptors.insert(descriptor)
                return true
            }
            guard admitted else {
                close(descriptor)
                return
            }
            TestSocket.setNoDelay(descriptor)
            Thread { [self] in serve(descriptor) }.start()
        }
    }

    private func serve(_ descriptor: Int32) {
        defer {
            state.withLock { _ = $0.openDescriptors.remove(descriptor) }
            close(descriptor)
        }
        var reader = TestRequestReader(descriptor: descriptor)
        while let request = reader.next() {
            let hit = state.withLock { state -> Int in
                state.requests.append(request)
                state.hitsByPath[request.path, default: 0] += 1
                return state.hitsByPath[request.path, default: 0]
            }
            guard case .answer(let status, let headers, let body, let delay) = handler(request, hit) else { return }
            if delay > 0 { Thread.sleep(forTimeInterval: delay) }
            let payload = request.method == "HEAD" ? [] : body
            guard TestSocket.sendAll(descriptor, Self.encode(status: status, headers: headers, body: body) + payload)
            else { return }
            let closing = headers.contains { $0.0.lowercased() == "connection" && $0.1.lowercased() == "close" }
            if closing || request.header("Connection")?.lowercased() == "close" { return }
        }
    }

    private static func encode(status: Int, headers: [(String, String)], body: [UInt8]) -> [UInt8] {
        var text = "HTTP/1.1 \(status) Status\r\nContent-Length: \(body.count)\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        return Array((text + "\r\n").utf8)
    }
}
