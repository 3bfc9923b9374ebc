import Foundation
#if canImport(Glibc)
import Glibc
#endif

enum RawClientError: Error, Equatable {
    case socketFailed(Int32)
    case connectFailed(Int32)
    case sendFailed(Int32)
    case receiveFailed(Int32)
    /// Nothing (or not enough) arrived before the timeout.
    case timeout
    /// The bytes are not an HTTP/1.x response, or the connection closed in the middle of one.
    case malformedResponse(String)
}

/// One response as read off the wire by `RawClient`.
struct RawResponse {
    let status: Int
    let headers: [(String, String)]
    let body: [UInt8]

    /// The first value of `name` (case-insensitive).
    func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }

    /// Every value of `name` (case-insensitive), in order.
    func headers(_ name: String) -> [String] {
        headers.filter { $0.0.lowercased() == name.lowercased() }.map(\.1)
    }

    var bodyText: String { String(decoding: body, as: UTF8.self) }

    var json: [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any]
    }
}

/// A blocking TCP client on 127.0.0.1 that sends exact bytes and reads responses by hand, so tests
/// can send what no well-behaved client would (bare LF, obs-fold, two Content-Lengths…).
final class RawClient {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var peerClosed = false

    init(port: UInt16) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw RawClientError.socketFailed(errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            Glibc.close(fd)
            throw RawClientError.connectFailed(code)
        }
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        self.fd = fd
    }

    deinit { Glibc.close(fd) }

    func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes.withUnsafeBytes {
                Glibc.send(fd, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw RawClientError.sendFailed(errno)
            }
            sent += n
        }
    }

    func send(_ s: String) throws { try send(Array(s.utf8)) }

    /// Reads one response: status line, header fields and a body delimited by Content-Length,
    /// chunked coding, or the close of the connection. Returns nil when the connection closed before
    /// the first byte of a response. With `expectBody: false` (answers to HEAD) no body is read.
    func readResponse(timeout: Double = 2, expectBody: Bool = true) throws -> RawResponse? {
        let deadline = Date().addingTimeInterval(timeout)
        guard let headEnd = try fill(until: deadline, { Self.find([13, 10, 13, 10], in: $0) }) else {
            if buffer.isEmpty && peerClosed { return nil }
            if peerClosed { throw RawClientError.malformedResponse("closed inside the head") }
            throw RawClientError.timeout
        }
        let head = String(decoding: buffer[..<headEnd], as: UTF8.self)
        buffer.removeFirst(headEnd + 4)
        let (status, headers) = try Self.parseHead(head)
        let response = { (body: [UInt8]) in RawResponse(status: status, headers: headers, body: body) }
        let lookup = { (name: String) in headers.first { $0.0.lowercased() == name }?.1 }
        if !expectBody || status < 200 || status == 204 || status == 304 { return response([]) }
        if lookup("transfer-encoding")?.lowercased() == "chunked" {
            return response(try readChunkedBody(deadline: deadline))
        }
        if let lengthText = lookup("content-length") {
            guard let length = Int(lengthText) else { throw RawClientError.malformedResponse("content-length") }
            guard try fill(until: deadline, { $0.count >= length ? length : nil }) != nil else {
                throw peerClosed ? RawClientError.malformedResponse("short body") : RawClientError.timeout
            }
            let body = Array(buffer[..<length])
            buffer.removeFirst(length)
            return response(body)
        }
        _ = try fill(until: deadline) { _ in nil }
        guard peerClosed else { throw RawClientError.timeout }
        defer { buffer.removeAll() }
        return response(buffer)
    }

    /// Everything the server sends until it closes the connection.
    func readUntilClosed(timeout: Double = 2) throws -> [UInt8] {
        _ = try fill(until: Date().addingTimeInterval(timeout)) { _ in nil }
        guard peerClosed else { throw RawClientError.timeout }
        defer { buffer.removeAll() }
        return buffer
    }

    /// Whether the server closes the connection within `timeout` (bytes that arrive meanwhile are kept).
    func isClosed(timeout: Double = 1) -> Bool {
        _ = try? fill(until: Date().addingTimeInterval(timeout)) { _ in nil }
        return peerClosed
    }

    /// Bytes received but not yet consumed by `readResponse`.
    var pendingBytes: [UInt8] { buffer }

    func close() { shutdown(fd, Int32(SHUT_RDWR)) }

    // MARK: reading

    /// Receives until `done` returns a value, the peer closes, or the deadline passes (then nil).
    private func fill(until deadline: Date, _ done: ([UInt8]) -> Int?) throws -> Int? {
        while true {
            if let value = done(buffer) { return value }
            if peerClosed { return nil }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 { return nil }
            var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&pfd, 1, Int32(max(1, remaining * 1000)))
            if ready < 0 && errno != EINTR { throw RawClientError.receiveFailed(errno) }
            if ready <= 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n > 0 {
                buffer.append(contentsOf: chunk[..<n])
            } else if n == 0 || errno == ECONNRESET {
                peerClosed = true
            } else if errno != EINTR && errno != EAGAIN {
                throw RawClientError.receiveFailed(errno)
            }
        }
    }

    private func readChunkedBody(deadline: Date) throws -> [UInt8] {
        var body: [UInt8] = []
        while true {
            let line = try readLine(deadline: deadline)
            let sizeText = line.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else {
                throw RawClientError.malformedResponse("chunk size '\(line)'")
            }
            if size == 0 {
                while try !readLine(deadline: deadline).isEmpty {}  // trailer fields
                return body
            }
            guard try fill(until: deadline, { $0.count >= size + 2 ? size : nil }) != nil else {
                throw peerClosed ? RawClientError.malformedResponse("short chunk") : RawClientError.timeout
            }
            body.append(contentsOf: buffer[..<size])
            guard buffer[size] == 13, buffer[size + 1] == 10 else {
                throw RawClientError.malformedResponse("no CRLF after chunk")
            }
            buffer.removeFirst(size + 2)
        }
    }

    private func readLine(deadline: Date) throws -> String {
        guard let end = try fill(until: deadline, { Self.find([13, 10], in: $0) }) else {
            throw peerClosed ? RawClientError.malformedResponse("closed inside a chunk") : RawClientError.timeout
        }
        let line = String(decoding: buffer[..<end], as: UTF8.self)
        buffer.removeFirst(end + 2)
        return line
    }

    private static func parseHead(_ head: String) throws -> (Int, [(String, String)]) {
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst()
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), let status = Int(parts[1]) else {
            throw RawClientError.malformedResponse("status line '\(statusLine)'")
        }
        var headers: [(String, String)] = []
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else {
                throw RawClientError.malformedResponse("header line '\(line)'")
            }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers.append((String(line[..<colon]), value))
        }
        return (status, headers)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
        }
        return nil
    }
}
