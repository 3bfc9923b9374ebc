import XCTest
@testable import HTTPServer
#if canImport(Glibc)
import Glibc
#endif

/// The socket layer on a socketpair, without HTTP.
final class SocketTests: XCTestCase {
    private func pair() throws -> (Socket, Socket) {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0, &fds), 0)
        return (Socket(fd: fds[0]), Socket(fd: fds[1]))
    }

    func test_sendAll_gathersThreeParts_inOrder() throws {
        let (a, b) = try pair()
        defer { a.close(); b.close() }
        let parts = [Array("head".utf8), Array("-body-".utf8), Array("tail".utf8)]
        try parts[0].withUnsafeBytes { p0 in
            try parts[1].withUnsafeBytes { p1 in
                try parts[2].withUnsafeBytes { p2 in try a.sendAll(p0, p1, p2, stallTimeout: 1) }
            }
        }
        var received = [UInt8](repeating: 0, count: 64)
        guard case .received(let count) = received.withUnsafeMutableBytes({ b.receive(into: $0) }) else {
            return XCTFail("nothing received")
        }
        XCTAssertEqual(String(decoding: received[..<count], as: UTF8.self), "head-body-tail")
    }

    func test_sendAll_waitsForWritability_whenBufferIsFull() throws {
        let (a, b) = try pair()
        defer { a.close(); b.close() }
        let big = [UInt8](repeating: 7, count: 4 * 1024 * 1024)
        let reader = Thread {
            var total = 0
            var chunk = [UInt8](repeating: 0, count: 65536)
            while total < big.count {
                switch chunk.withUnsafeMutableBytes({ b.receive(into: $0) }) {
                case .received(let n): total += n
                case .wouldBlock: usleep(1000)
                case .closed: return
                }
            }
        }
        reader.start()
        XCTAssertNoThrow(try big.withUnsafeBytes { try a.sendAll($0, stallTimeout: 2) })
    }

    func test_sendAll_failsWithStall_whenPeerNeverReads() throws {
        let (a, b) = try pair()
        defer { a.close(); b.close() }
        let big = [UInt8](repeating: 7, count: 4 * 1024 * 1024)
        XCTAssertThrowsError(try big.withUnsafeBytes { try a.sendAll($0, stallTimeout: 0.1) }) {
            XCTAssertEqual($0 as? SocketWriteError, .stalled)
        }
    }

    func test_sendAll_failsWithoutSignal_whenPeerClosed() throws {
        let (a, b) = try pair()
        defer { a.close() }
        b.close()
        XCTAssertThrowsError(try [UInt8](repeating: 1, count: 10).withUnsafeBytes { try a.sendAll($0, stallTimeout: 1) })
    }

    func test_receive_reportsWouldBlockThenClosed() throws {
        let (a, b) = try pair()
        defer { a.close() }
        var buffer = [UInt8](repeating: 0, count: 16)
        guard case .wouldBlock = buffer.withUnsafeMutableBytes({ a.receive(into: $0) }) else { return XCTFail() }
        b.close()
        guard case .closed = buffer.withUnsafeMutableBytes({ a.receive(into: $0) }) else { return XCTFail() }
    }

    func test_readBuffer_growsAndCompacts_keepingUnreadBytes() throws {
        let (a, b) = try pair()
        defer { a.close(); b.close() }
        var buffer = ReadBuffer()
        let payload = (0..<10_000).map { UInt8(truncatingIfNeeded: $0) }
        try payload.withUnsafeBytes { try b.sendAll($0, stallTimeout: 1) }
        var filled = true
        while filled { filled = buffer.fill { a.receive(into: $0) }.filled }
        XCTAssertEqual(buffer.unreadCount, 10_000)
        buffer.consume(9_000)
        XCTAssertEqual(buffer.withUnread { Array($0) }, Array(payload[9_000...]))
        buffer.consume(1_000)
        XCTAssertTrue(buffer.isEmpty)
    }

    func test_listener_bindsPortZero_andReportsBoundPort() throws {
        let listener = try Socket.listening(host: "127.0.0.1", port: 0, backlog: 8)
        defer { listener.close() }
        XCTAssertGreaterThan(listener.localPort, 0)
        guard case .wouldBlock = listener.accept() else { return XCTFail("nothing to accept yet") }
        let client = try RawClient(port: listener.localPort)
        defer { client.close() }
        usleep(20_000)
        guard case .accepted(let socket, let remote) = listener.accept() else { return XCTFail("not accepted") }
        socket.close()
        XCTAssertTrue(remote.hasPrefix("127.0.0.1:"))
    }

    func test_listener_throwsInvalidHost_whenHostIsNotAnAddress() {
        XCTAssertThrowsError(try Socket.listening(host: "no such host.invalid", port: 0, backlog: 1)) {
            XCTAssertEqual($0 as? HTTPServerError, .invalidHost("no such host.invalid"))
        }
    }
}
