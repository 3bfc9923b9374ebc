import Foundation
import XCTest
import HTTPServer

/// Python's `h11` as a reference parser (style guide §Tests): every request in the corpus that h11 refuses
/// must be refused by our server too. Our contract is stricter than h11 in places (501 for methods outside
/// RFC 9110's registry, for example), so requests h11 accepts are not checked here.
/// Skipped when `python3` or its `h11` module is missing (`pip install h11`).
final class RFC9112ReferenceParserTests: XCTestCase {

    func test_rfc9112_serverRejects_everyRequestThatH11Rejects() throws {
        let corpus = Self.corpus
        let verdicts = try H11Reference.verdicts(for: corpus.map(\.bytes))
        XCTAssertEqual(verdicts.count, corpus.count)
        let rejectedByH11 = zip(corpus, verdicts).filter { $0.1 == "rejected" }.map(\.0)
        // Sanity: the reference really runs and refuses the obvious cases.
        XCTAssertTrue(rejectedByH11.contains { $0.name == "NUL in value" }, "h11 verdicts: \(verdicts)")

        let server = try startEchoServer()
        defer { server.shutdown(timeout: 1) }
        var accepted: [String] = []
        for sample in rejectedByH11 {
            let client = try server.client()
            defer { client.close() }
            try client.send(sample.bytes)
            let response = try? client.readResponse(timeout: 1)
            let status = response?.status
            if let status, status < 400 {
                accepted.append("\(sample.name): \(status) for \(String(decoding: sample.bytes, as: UTF8.self).debugDescription)")
            } else if !client.isClosed(timeout: 1) {
                accepted.append("\(sample.name): \(status.map(String.init) ?? "no answer") and connection left open")
            }
        }
        XCTAssertTrue(accepted.isEmpty, "h11 rejects, our server does not:\n" + accepted.joined(separator: "\n"))
    }

    private struct Sample {
        let name: String
        let bytes: [UInt8]
        init(_ name: String, _ raw: String) {
            self.name = name
            self.bytes = Array(raw.utf8)
        }
        init(_ name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    private static let corpus: [Sample] = [
        Sample("valid GET", "GET / HTTP/1.1\r\nHost: x\r\n\r\n"),
        Sample("valid chunked POST", "POST /e HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"),
        Sample("CL and TE", "POST /e HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"),
        Sample("differing CL", "POST /e HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!"),
        Sample("CL list", "POST /e HTTP/1.1\r\nHost: x\r\nContent-Length: 5, 6\r\n\r\nhello!"),
        Sample("CL non-numeric", "POST /e HTTP/1.1\r\nHost: x\r\nContent-Length: five\r\n\r\nhello"),
        Sample("CL negative", "POST /e HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\nhello"),
        Sample("CL plus sign", "POST /e HTTP/1.1\r\nHost: x\r\nContent-Length: +5\r\n\r\nhello"),
        Sample("CL with space", "POST /e HTTP/1.1\r\nHost: x\r\nContent-Length: 5 5\r\n\r\nhello"),
        Sample("CL overflow", "POST /e HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\nhello"),
        Sample("obs-fold", "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n"),
        Sample("bare LF in request line", "GET / HTTP/1.1\nHost: x\r\n\r\n"),
        Sample("bare LF in headers", "GET / HTTP/1.1\r\nHost: x\nX-A: b\r\n\r\n"),
        Sample("bare CR in headers", "GET / HTTP/1.1\r\nHost: x\rX-A: b\r\n\r\n"),
        Sample("space before colon", "GET / HTTP/1.1\r\nHost: x\r\nX-A : b\r\n\r\n"),
        Sample("whitespace before first header", "GET / HTTP/1.1\r\n Host: x\r\n\r\n"),
        Sample("space before request line", " GET / HTTP/1.1\r\nHost: x\r\n\r\n"),
        Sample("invalid method char", "GE(T / HTTP/1.1\r\nHost: x\r\n\r\n"),
        Sample("invalid field-name char", "GET / HTTP/1.1\r\nHost: x\r\nX(A): b\r\n\r\n"),
        Sample("empty field name", "GET / HTTP/1.1\r\nHost: x\r\n: b\r\n\r\n"),
        Sample("field line without colon", "GET / HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n"),
        Sample("NUL in value", bytes: Array("GET / HTTP/1.1\r\nHost: x\r\nX-A: a".utf8) + [0] + Array("b\r\n\r\n".utf8)),
        Sample("control char in value", bytes: Array("GET / HTTP/1.1\r\nHost: x\r\nX-A: a".utf8) + [1] + Array("b\r\n\r\n".utf8)),
        Sample("missing Host", "GET / HTTP/1.1\r\nAccept: */*\r\n\r\n"),
        Sample("repeated Host", "GET / HTTP/1.1\r\nHost: a.test\r\nHost: b.test\r\n\r\n"),
        Sample("relative target", "GET foo HTTP/1.1\r\nHost: x\r\n\r\n"),
        Sample("HTTP/0.9 request line", "GET /\r\n\r\n"),
        Sample("lower-case HTTP name", "GET / http/1.1\r\nHost: x\r\n\r\n"),
        Sample("version without minor", "GET / HTTP/1\r\nHost: x\r\n\r\n"),
        Sample("HTTP/2.0", "GET / HTTP/2.0\r\nHost: x\r\n\r\n"),
        Sample("HTTP/1.2", "GET / HTTP/1.2\r\nHost: x\r\n\r\n"),
        Sample("TE gzip", "POST /e HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n"),
        Sample("TE chunked then gzip", "POST /e HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n"),
        Sample("TE identity", "POST /e HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: identity\r\n\r\n"),
        Sample("chunk size not hex", "POST /e HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n"),
        Sample("chunk size 0x", "POST /e HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n0\r\n\r\n"),
        Sample("chunk size negative", "POST /e HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\nhello\r\n0\r\n\r\n"),
        Sample("chunk size overflow", "POST /e HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffffffff\r\nhello\r\n0\r\n\r\n"),
        Sample("chunk without CRLF", "POST /e HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX0\r\n\r\n"),
        Sample("header section above 16 KiB", "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + String(repeating: "v", count: 17 * 1024) + "\r\n\r\n"),
    ]
}

/// Runs Python's h11 over raw requests: for each, "accepted", "rejected" or "incomplete".
private enum H11Reference {
    static let script = """
    import base64, json, sys
    try:
        import h11
    except ImportError:
        sys.exit(3)

    def verdict(data):
        conn = h11.Connection(h11.SERVER)
        conn.receive_data(data)
        try:
            while True:
                event = conn.next_event()
                if event is h11.NEED_DATA:
                    return "incomplete"
                if isinstance(event, h11.EndOfMessage) or event is h11.PAUSED:
                    return "accepted"
        except h11.RemoteProtocolError:
            return "rejected"

    json.dump([verdict(base64.b64decode(item)) for item in json.load(sys.stdin)], sys.stdout)
    """

    static func verdicts(for requests: [[UInt8]]) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw XCTSkip("python3 is not available: \(error)") }
        let payload = try JSONSerialization.data(withJSONObject: requests.map { Data($0).base64EncodedString() })
        try input.fileHandleForWriting.write(contentsOf: payload)
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        switch process.terminationStatus {
        case 0: break
        case 3: throw XCTSkip("python3 has no h11 module (pip install h11)")
        case 127: throw XCTSkip("python3 is not on PATH")
        default: throw ReferenceFailure(description: "the h11 script exited with \(process.terminationStatus)")
        }
        guard let verdicts = try JSONSerialization.jsonObject(with: data) as? [String] else {
            throw ReferenceFailure(description: "the h11 script printed no verdict list")
        }
        return verdicts
    }
}

private struct ReferenceFailure: Error, CustomStringConvertible {
    let description: String
}
