import Foundation
import Synchronization
import XCTest
import HTTPServer

/// Each RFC 9112 rejection rule of the contract (`spec/README.md` §Common rules, `catalogue.md` §6.4), sent as
/// raw bytes over a real socket to a real server. Every answer must be the exact status, an
/// `application/problem+json` body with the `STD-00nnn` code, `status`, a `traceId` and no `instance`;
/// the handler must not run, and the server must close the connection afterwards.
final class RFC9112RejectionTests: XCTestCase {

    // MARK: framing (RFC 9112 §6, §7)

    func test_rfc9112_6_3_rejectsBothContentLengthAndTransferEncoding() throws {
        try assertRejected("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
                           + "5\r\nhello\r\n0\r\n\r\n", status: 400)
    }

    func test_rfc9112_6_3_rejectsDifferingDuplicateContentLength() throws {
        try assertRejected("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!",
                           status: 400)
    }

    func test_rfc9110_8_6_rejectsNonNumericContentLength() throws {
        try assertRejected("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: five\r\n\r\nhello", status: 400)
    }

    func test_rfc9110_8_6_rejectsNegativeContentLength() throws {
        try assertRejected("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\nhello", status: 400)
    }

    func test_rfc9112_6_1_rejectsUnsupportedTransferCoding_with501() throws {
        try assertRejected("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", status: 501)
    }

    func test_rfc9112_7_1_rejectsMalformedChunkSize() throws {
        try assertRejected("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n",
                           status: 400)
    }

    // MARK: request line (RFC 9112 §2, §3)

    func test_rfc9112_2_2_rejectsBareLF_inRequestLine() throws {
        try assertRejected("GET / HTTP/1.1\nHost: x\r\n\r\n", status: 400)
    }

    func test_rfc9112_3_rejectsInvalidMethodCharacter() throws {
        try assertRejected("GE(T / HTTP/1.1\r\nHost: x\r\n\r\n", status: 400)
    }

    func test_rfc9110_9_rejectsUnknownMethodToken_with501() throws {
        try assertRejected("BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n", status: 501)
    }

    func test_rfc9112_3_2_rejectsTarget_inNeitherOriginNorAbsoluteForm() throws {
        try assertRejected("GET foo HTTP/1.1\r\nHost: x\r\n\r\n", status: 400)
    }

    func test_rfc9112_2_3_rejectsHTTP2_0_with505() throws {
        try assertRejected("GET / HTTP/2.0\r\nHost: x\r\n\r\n", status: 505)
    }

    func test_rfc9112_2_3_rejectsHTTP1_2_with505() throws {
        try assertRejected("GET / HTTP/1.2\r\nHost: x\r\n\r\n", status: 505)
    }

    func test_rfc9112_3_rejectsTarget_above8KiB_with414() throws {
        let target = "/" + String(repeating: "a", count: 8 * 1024)
        try assertRejected("GET \(target) HTTP/1.1\r\nHost: x\r\n\r\n", status: 414)
    }

    // MARK: header fields (RFC 9112 §5, RFC 9110 §5)

    func test_rfc9112_2_2_rejectsBareLF_inHeaderSection() throws {
        try assertRejected("GET / HTTP/1.1\r\nHost: x\nX-A: b\r\n\r\n", status: 400)
    }

    func test_rfc9112_2_2_rejectsWhitespaceBeforeFirstHeaderLine() throws {
        try assertRejected("GET / HTTP/1.1\r\n Host: x\r\n\r\n", status: 400)
    }

    func test_rfc9112_5_2_rejectsObsFold() throws {
        try assertRejected("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n", status: 400)
    }

    func test_rfc9112_5_1_rejectsWhitespace_betweenFieldNameAndColon() throws {
        try assertRejected("GET / HTTP/1.1\r\nHost: x\r\nX-A : b\r\n\r\n", status: 400)
    }

    func test_rfc9112_5_1_rejectsInvalidFieldNameCharacter() throws {
        try assertRejected("GET / HTTP/1.1\r\nHost: x\r\nX(A): b\r\n\r\n", status: 400)
    }

    func test_rfc9110_5_5_rejectsNUL_inFieldValue() throws {
        try assertRejected(Array("GET / HTTP/1.1\r\nHost: x\r\nX-A: a".utf8) + [0] + Array("b\r\n\r\n".utf8),
                           status: 400)
    }

    func test_rfc9112_3_2_rejectsMissingHost_inHTTP1_1() throws {
        try assertRejected("GET / HTTP/1.1\r\nAccept: */*\r\n\r\n", status: 400)
    }

    func test_rfc9112_3_2_rejectsRepeatedHost() throws {
        try assertRejected("GET / HTTP/1.1\r\nHost: a.test\r\nHost: b.test\r\n\r\n", status: 400)
    }

    // MARK: limits (spec README §Common rules, HTTP limits)

    func test_rfc6585_5_rejectsHeaderSection_above16KiB_with431() throws {
        let value = String(repeating: "v", count: 17 * 1024)
        try assertRejected("GET / HTTP/1.1\r\nHost: x\r\nX-Big: \(value)\r\n\r\n", status: 431)
    }

    func test_rfc6585_5_rejectsMoreThan100HeaderFields_with431() throws {
        var raw = "GET / HTTP/1.1\r\nHost: x\r\n"
        for index in 1...100 { raw += "X-Field-\(index): \(index)\r\n" }
        try assertRejected(raw + "\r\n", status: 431)
    }

    func test_rfc9110_15_5_14_rejectsContentLength_aboveBodyLimit_with413_beforeBodyIsSent() throws {
        try assertRejected("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1048577\r\n\r\n", status: 413)
    }

    func test_rfc9110_15_5_14_rejectsChunkedBody_aboveBodyLimit_with413() throws {
        let chunk = "200\r\n" + String(repeating: "c", count: 512) + "\r\n"
        let raw = "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
            + chunk + chunk + chunk + "0\r\n\r\n"
        try assertRejected(raw, status: 413) { $0.limits.maxBodyBytes = 1024 }
    }
}

// MARK: harness shared by the RFC 9112 test files

/// Counts handler calls, so a test can prove that a refused request never reached the handler.
final class HandlerCalls: Sendable {
    private let count = Mutex(0)
    func record() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}

extension XCTestCase {
    /// A server whose handler answers 200 with a JSON echo of what it saw:
    /// `method`, `target`, `path`, `query` (or null), `minorVersion`, `body` (as UTF-8 text).
    func startEchoServer(configure: (inout HTTPServer.Configuration) -> Void = { _ in },
                         calls: HandlerCalls = HandlerCalls()) throws -> HTTPServer {
        try startTestServer(configure: configure) { request, _ in
            calls.record()
            let echo: [String: Any] = [
                "method": request.method.rawValue, "target": request.target, "path": request.path,
                "query": request.query ?? NSNull(), "minorVersion": request.minorVersion,
                "body": String(decoding: request.body, as: UTF8.self),
            ]
            let data = (try? JSONSerialization.data(withJSONObject: echo)) ?? Data()
            return .json(Array(data))
        }
    }

    func assertRejected(_ raw: String, status: Int,
                        configure: (inout HTTPServer.Configuration) -> Void = { _ in },
                        file: StaticString = #filePath, line: UInt = #line) throws {
        try assertRejected(Array(raw.utf8), status: status, configure: configure, file: file, line: line)
    }

    /// Sends `bytes` on a fresh connection and checks the HTTP-layer problem answer (`catalogue.md` §6.4).
    func assertRejected(_ bytes: [UInt8], status: Int,
                        configure: (inout HTTPServer.Configuration) -> Void = { _ in },
                        file: StaticString = #filePath, line: UInt = #line) throws {
        let calls = HandlerCalls()
        let server = try startEchoServer(configure: configure, calls: calls)
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        defer { client.close() }
        try client.send(bytes)
        guard let response = try client.readResponse(timeout: 2) else {
            XCTFail("connection closed without an answer; expected \(status)", file: file, line: line)
            return
        }
        assertProblem(response, status: status, file: file, line: line)
        XCTAssertTrue(client.isClosed(timeout: 1), "connection left open after \(status)", file: file, line: line)
        XCTAssertEqual(calls.value, 0, "the handler ran for a refused request", file: file, line: line)
    }

    /// The shape of an HTTP-layer problem: status, media type, `code`, `status`, `traceId`, and no `instance`.
    func assertProblem(_ response: RawResponse, status: Int, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(response.status, status, "body: \(response.bodyText)", file: file, line: line)
        let mediaType = response.header("Content-Type")?.split(separator: ";").first
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        XCTAssertEqual(mediaType, "application/problem+json", file: file, line: line)
        guard let json = response.json else {
            XCTFail("body is not a JSON object: \(response.bodyText)", file: file, line: line)
            return
        }
        XCTAssertEqual(json["code"] as? String, "STD-00\(status)", file: file, line: line)
        XCTAssertEqual(json["status"] as? Int, status, file: file, line: line)
        XCTAssertEqual(json["type"] as? String, "urn:altinn:error:STD-00\(status)", file: file, line: line)
        XCTAssertNil(json["instance"], "a problem for an unparsed request has no instance", file: file, line: line)
        let traceId = json["traceId"] as? String ?? ""
        XCTAssertFalse(traceId.isEmpty, "problem without traceId: \(response.bodyText)", file: file, line: line)
    }
}
