import XCTest
@testable import HTTPServer

/// Unit tests of `HTTPRequestParser` alone: no sockets. Names cite the RFC 9112 section of each rule.
/// The rejection rules are the same as in `RFC9112RejectionTests`, which checks them over a real socket.
final class ParserTests: XCTestCase {

    // MARK: request line (RFC 9112 §3)

    func test_rfc9112_3_parsesOriginForm_withPathAndQuery() throws {
        let raw = "GET /a/b%20c?x=1&y=2 HTTP/1.1\r\nHost: example.test\r\n\r\n"
        let (request, consumed) = try parsedRequest(raw)
        XCTAssertEqual(request.method, .get)
        XCTAssertEqual(request.target, "/a/b%20c?x=1&y=2")
        XCTAssertEqual(request.path, "/a/b%20c")
        XCTAssertEqual(request.query, "x=1&y=2")
        XCTAssertEqual(request.minorVersion, 1)
        XCTAssertEqual(request.body, [])
        XCTAssertEqual(consumed, raw.utf8.count)
    }

    func test_rfc9112_3_2_2_acceptsAbsoluteForm_andStripsSchemeAndAuthority() throws {
        let (request, _) = try parsedRequest("GET http://example.test/path?x=1 HTTP/1.1\r\nHost: example.test\r\n\r\n")
        XCTAssertEqual(request.path, "/path")
        XCTAssertEqual(request.query, "x=1")
    }

    func test_rfc9112_3_2_rejectsTarget_inNeitherOriginNorAbsoluteForm() {
        assertFailure("GET foo HTTP/1.1\r\nHost: x\r\n\r\n", status: 400)
    }

    func test_rfc9112_3_rejectsInvalidMethodCharacter() {
        assertFailure("GE(T / HTTP/1.1\r\nHost: x\r\n\r\n", status: 400)
    }

    /// `BREW` is a valid token outside RFC 9110's registry. `HTTPMethod` documents that such methods
    /// parse and the server answers 501; a parser that answers `.notImplemented` itself is also right.
    func test_rfc9110_9_unknownMethodToken_isNotMalformed() {
        switch parse("BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n") {
        case .request(let request, _):
            XCTAssertEqual(request.method.rawValue, "BREW")
            XCTAssertFalse(request.method.isRegistered)
        case .failure(let error):
            XCTAssertEqual(error.status, 501, "unknown but valid method must be 501, got \(error)")
        case .needMore:
            XCTFail("complete request reported as incomplete")
        }
    }

    func test_rfc9112_2_3_rejectsHTTP2_withVersionNotSupported() {
        assertFailure("GET / HTTP/2.0\r\nHost: x\r\n\r\n", expected: .versionNotSupported)
    }

    func test_rfc9112_2_3_rejectsHTTP1_2_withVersionNotSupported() {
        assertFailure("GET / HTTP/1.2\r\nHost: x\r\n\r\n", expected: .versionNotSupported)
    }

    func test_rfc9112_2_2_rejectsBareLF_inRequestLine() {
        assertFailure("GET / HTTP/1.1\nHost: x\r\n\r\n", status: 400)
    }

    func test_rfc9112_2_2_toleratesLeadingCRLF_beforeRequestLine() throws {
        let raw = "\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n"
        let (request, consumed) = try parsedRequest(raw)
        XCTAssertEqual(request.path, "/")
        XCTAssertEqual(consumed, raw.utf8.count)
    }

    func test_rfc9112_2_2_rejectsWhitespaceBeforeFirstHeaderLine() {
        // Whether the line is rejected or skipped, the request then lacks a Host: 400 either way.
        assertFailure("GET / HTTP/1.1\r\n Host: x\r\n\r\n", status: 400)
    }

    // MARK: header fields (RFC 9112 §5)

    func test_rfc9112_5_1_trimsOptionalWhitespace_aroundFieldValue() throws {
        let (request, _) = try parsedRequest("GET / HTTP/1.1\r\nHost: x\r\nX-Name: \t value \t\r\n\r\n")
        XCTAssertEqual(request.headers["x-name"], "value")
    }

    func test_rfc9112_2_2_rejectsBareLF_inHeaderSection() {
        assertFailure("GET / HTTP/1.1\r\nHost: x\nX-A: b\r\n\r\n", status: 400)
    }

    func test_rfc9112_5_1_rejectsWhitespace_betweenFieldNameAndColon() {
        assertFailure("GET / HTTP/1.1\r\nHost: x\r\nX-A : b\r\n\r\n", status: 400)
    }

    func test_rfc9112_5_1_rejectsInvalidFieldNameCharacter() {
        assertFailure("GET / HTTP/1.1\r\nHost: x\r\nX(A): b\r\n\r\n", status: 400)
    }

    func test_rfc9112_5_1_rejectsEmptyFieldName() {
        assertFailure("GET / HTTP/1.1\r\nHost: x\r\n: b\r\n\r\n", status: 400)
    }

    func test_rfc9112_5_rejectsFieldLine_withoutColon() {
        assertFailure("GET / HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n", status: 400)
    }

    func test_rfc9112_5_2_rejectsObsFold() {
        assertFailure("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n", status: 400)
    }

    func test_rfc9110_5_5_rejectsNUL_inFieldValue() {
        assertFailure(Array("GET / HTTP/1.1\r\nHost: x\r\nX-A: a".utf8) + [0] + Array("b\r\n\r\n".utf8), status: 400)
    }

    func test_rfc9112_3_2_rejectsMissingHost_inHTTP1_1() {
        assertFailure("GET / HTTP/1.1\r\nAccept: */*\r\n\r\n", status: 400)
    }

    func test_rfc9112_3_2_rejectsRepeatedHost() {
        assertFailure("GET / HTTP/1.1\r\nHost: a.test\r\nHost: b.test\r\n\r\n", status: 400)
    }

    func test_rfc9112_3_2_acceptsHTTP1_0_withoutHost() throws {
        let (request, _) = try parsedRequest("GET / HTTP/1.0\r\n\r\n")
        XCTAssertEqual(request.minorVersion, 0)
    }

    // MARK: message body (RFC 9112 §6, §7)

    func test_rfc9112_6_2_readsBody_byContentLength() throws {
        let raw = "POST /u HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
        let (request, consumed) = try parsedRequest(raw)
        XCTAssertEqual(request.body, Array("hello".utf8))
        XCTAssertEqual(consumed, raw.utf8.count)
    }

    func test_rfc9112_6_3_rejectsBothContentLengthAndTransferEncoding() {
        assertFailure("POST /u HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
                      + "5\r\nhello\r\n0\r\n\r\n", status: 400)
    }

    func test_rfc9112_6_3_rejectsDifferingDuplicateContentLength() {
        assertFailure("POST /u HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!",
                      status: 400)
    }

    func test_rfc9112_6_3_rejectsDifferingContentLengthList_inOneField() {
        assertFailure("POST /u HTTP/1.1\r\nHost: x\r\nContent-Length: 5, 6\r\n\r\nhello!", status: 400)
    }

    func test_rfc9112_6_3_acceptsIdenticalDuplicateContentLength() throws {
        let (request, _) = try parsedRequest("POST /u HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello")
        XCTAssertEqual(request.body, Array("hello".utf8))
    }

    func test_rfc9110_8_6_rejectsNonNumericContentLength() {
        assertFailure("POST /u HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n", status: 400)
    }

    func test_rfc9110_8_6_rejectsNegativeContentLength() {
        assertFailure("POST /u HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", status: 400)
    }

    func test_rfc9110_8_6_rejectsSignedContentLength() {
        assertFailure("POST /u HTTP/1.1\r\nHost: x\r\nContent-Length: +5\r\n\r\nhello", status: 400)
    }

    func test_rfc9112_6_1_rejectsUnsupportedTransferCoding_withNotImplemented() {
        assertFailure("POST /u HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", status: 501)
    }

    func test_rfc9112_7_1_decodesChunkedBody() throws {
        let raw = "POST /u HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"
        let (request, consumed) = try parsedRequest(raw)
        XCTAssertEqual(String(decoding: request.body, as: UTF8.self), "hello world")
        XCTAssertEqual(consumed, raw.utf8.count)
    }

    func test_rfc9112_7_1_acceptsChunkExtensionsAndTrailers_andCaseInsensitiveCoding() throws {
        let raw = "POST /u HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: Chunked\r\n\r\n"
            + "A;name=value\r\n0123456789\r\n0\r\nX-Trailer: t\r\n\r\n"
        let (request, consumed) = try parsedRequest(raw)
        XCTAssertEqual(String(decoding: request.body, as: UTF8.self), "0123456789")
        XCTAssertEqual(consumed, raw.utf8.count)
    }

    func test_rfc9112_7_1_rejectsMalformedChunkSize() {
        assertFailure("POST /u HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n",
                      status: 400)
    }

    func test_rfc9112_7_1_rejectsChunkData_notFollowedByCRLF() {
        assertFailure("POST /u HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX0\r\n\r\n",
                      status: 400)
    }

    // MARK: limits (spec README §Common rules, HTTP limits)

    func test_limits_acceptsTarget_ofExactly8KiB() throws {
        let target = "/" + String(repeating: "a", count: 8 * 1024 - 1)
        let (request, _) = try parsedRequest("GET \(target) HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(request.path.utf8.count, 8 * 1024)
    }

    func test_limits_rejectsTarget_above8KiB_withURITooLong() {
        let target = "/" + String(repeating: "a", count: 8 * 1024)
        assertFailure("GET \(target) HTTP/1.1\r\nHost: x\r\n\r\n", expected: .uriTooLong)
    }

    func test_limits_rejectsTarget_above8KiB_beforeRequestLineEnds() {
        assertFailure("GET /" + String(repeating: "a", count: 9000), expected: .uriTooLong)
    }

    func test_limits_rejectsHeaderBytes_aboveLimit() {
        let value = String(repeating: "v", count: 17 * 1024)
        assertFailure("GET / HTTP/1.1\r\nHost: x\r\nX-Big: \(value)\r\n\r\n", expected: .headersTooLarge)
    }

    func test_limits_rejectsHeaderBytes_aboveLimit_beforeHeadEnds() {
        let value = String(repeating: "v", count: 17 * 1024)
        assertFailure("GET / HTTP/1.1\r\nHost: x\r\nX-Big: \(value)", expected: .headersTooLarge)
    }

    func test_limits_honoursConfiguredHeaderByteLimit() {
        let limits = HTTPParserLimits(maxHeaderBytes: 256)
        let value = String(repeating: "v", count: 300)
        assertFailure("GET / HTTP/1.1\r\nHost: x\r\nX-Big: \(value)\r\n\r\n", expected: .headersTooLarge, limits: limits)
    }

    func test_limits_accepts100HeaderFields() throws {
        let (request, _) = try parsedRequest(Self.request(withFieldCount: 100))
        XCTAssertEqual(request.headers.count, 100)
    }

    func test_limits_rejects101HeaderFields() {
        assertFailure(Self.request(withFieldCount: 101), expected: .headersTooLarge)
    }

    func test_limits_acceptsBody_ofExactlyMaxBodyBytes() throws {
        let limits = HTTPParserLimits(maxBodyBytes: 16)
        let body = String(repeating: "b", count: 16)
        let (request, _) = try parsedRequest("POST /u HTTP/1.1\r\nHost: x\r\nContent-Length: 16\r\n\r\n\(body)", limits: limits)
        XCTAssertEqual(request.body.count, 16)
    }

    func test_limits_rejectsContentLength_aboveBodyLimit_beforeBodyArrives() {
        let limits = HTTPParserLimits(maxBodyBytes: 16)
        assertFailure("POST /u HTTP/1.1\r\nHost: x\r\nContent-Length: 17\r\n\r\n", expected: .bodyTooLarge, limits: limits)
    }

    func test_limits_rejectsContentLength_aboveDefault1MiB() {
        assertFailure("POST /u HTTP/1.1\r\nHost: x\r\nContent-Length: 1048577\r\n\r\n", expected: .bodyTooLarge)
    }

    func test_limits_rejectsChunkedBody_aboveBodyLimit() {
        let limits = HTTPParserLimits(maxBodyBytes: 16)
        let raw = "POST /u HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "a\r\n0123456789\r\n7\r\n0123456\r\n0\r\n\r\n"
        assertFailure(raw, expected: .bodyTooLarge, limits: limits)
    }

    // MARK: incremental input, pipelining, Expect, keep-alive

    func test_parse_reportsNeedMore_untilLastByte_whenFedOneByteAtATime() {
        let raw = Array("POST /u?q=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello".utf8)
        assertIncremental(raw, body: "hello")
    }

    func test_parse_reportsNeedMore_untilLastByte_whenChunkedBodyFedOneByteAtATime() {
        let raw = Array(("POST /u HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                         + "3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n").utf8)
        assertIncremental(raw, body: "abcde")
    }

    func test_parse_consumesOnlyFirstRequest_whenTwoArePipelined() throws {
        let first = "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
        let second = "GET /b HTTP/1.1\r\nHost: x\r\n\r\n"
        var parser = HTTPRequestParser()
        let bytes = Array((first + second).utf8)
        let (a, consumedA) = try XCTUnwrap(Self.request(in: bytes.withUnsafeBytes { parser.parse($0) }))
        XCTAssertEqual(a.path, "/a")
        XCTAssertEqual(a.body, Array("abc".utf8))
        XCTAssertEqual(consumedA, first.utf8.count)
        let rest = Array(bytes[consumedA...])
        let (b, consumedB) = try XCTUnwrap(Self.request(in: rest.withUnsafeBytes { parser.parse($0) }))
        XCTAssertEqual(b.path, "/b")
        XCTAssertEqual(consumedB, second.utf8.count)
    }

    func test_rfc9110_10_1_1_reportsExpectsContinue_whenHeadCompleteAndBodyMissing() {
        let head = "POST /u HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n"
        XCTAssertEqual(Self.expectsContinue(parse(head)), true)
        XCTAssertEqual(Self.expectsContinue(parse(head.replacingOccurrences(of: "100-continue", with: "100-Continue"))), true)
    }

    func test_rfc9110_10_1_1_doesNotReportExpectsContinue_withoutExpectOrBeforeHeadEnds() {
        XCTAssertEqual(Self.expectsContinue(parse("POST /u HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n")), false)
        XCTAssertEqual(Self.expectsContinue(parse("POST /u HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n")), false)
    }

    func test_rfc9112_9_3_keepAlive_followsVersionAndConnectionHeader() throws {
        let cases: [(String, Bool)] = [
            ("GET / HTTP/1.1\r\nHost: x\r\n\r\n", true),
            ("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", false),
            ("GET / HTTP/1.1\r\nHost: x\r\nConnection: te, Close\r\n\r\n", false),
            ("GET / HTTP/1.0\r\n\r\n", false),
            ("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", true),
            ("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n", true),
        ]
        for (raw, keepAlive) in cases {
            let (request, _) = try parsedRequest(raw)
            XCTAssertEqual(request.keepAlive, keepAlive, raw.debugDescription)
        }
    }
}

// MARK: helpers

private struct UnexpectedResult: Error, CustomStringConvertible {
    let description: String
}

extension ParserTests {
    private func parse(_ raw: String, limits: HTTPParserLimits = HTTPParserLimits()) -> HTTPRequestParser.Result {
        parse(Array(raw.utf8), limits: limits)
    }

    private func parse(_ bytes: [UInt8], limits: HTTPParserLimits = HTTPParserLimits()) -> HTTPRequestParser.Result {
        var parser = HTTPRequestParser(limits: limits)
        return bytes.withUnsafeBytes { parser.parse($0) }
    }

    /// The request parsed from one complete buffer, or a thrown failure that names what came back instead.
    private func parsedRequest(_ raw: String, limits: HTTPParserLimits = HTTPParserLimits()) throws -> (HTTPRequest, Int) {
        let result = parse(raw, limits: limits)
        guard let parsed = Self.request(in: result) else {
            throw UnexpectedResult(description: "expected a request, got \(Self.describe(result))")
        }
        return parsed
    }

    /// Asserts a failure with the given status (each `HTTPParseError` case has its own status).
    private func assertFailure(_ raw: String, status: Int, limits: HTTPParserLimits = HTTPParserLimits(),
                               file: StaticString = #filePath, line: UInt = #line) {
        assertFailure(Array(raw.utf8), status: status, limits: limits, file: file, line: line)
    }

    private func assertFailure(_ bytes: [UInt8], status: Int, limits: HTTPParserLimits = HTTPParserLimits(),
                               file: StaticString = #filePath, line: UInt = #line) {
        let result = parse(bytes, limits: limits)
        guard case .failure(let error) = result else {
            XCTFail("expected a \(status) failure, got \(Self.describe(result))", file: file, line: line)
            return
        }
        XCTAssertEqual(error.status, status, "got \(error)", file: file, line: line)
    }

    private func assertFailure(_ raw: String, expected: HTTPParseError, limits: HTTPParserLimits = HTTPParserLimits(),
                               file: StaticString = #filePath, line: UInt = #line) {
        let result = parse(raw, limits: limits)
        guard case .failure(let error) = result else {
            XCTFail("expected \(expected), got \(Self.describe(result))", file: file, line: line)
            return
        }
        XCTAssertEqual(error, expected, file: file, line: line)
    }

    /// Feeds `raw` one byte more at a time to one parser: `.needMore` for every proper prefix, then the request.
    private func assertIncremental(_ raw: [UInt8], body: String, file: StaticString = #filePath, line: UInt = #line) {
        var parser = HTTPRequestParser()
        for length in 1..<raw.count {
            let result = Array(raw[..<length]).withUnsafeBytes { parser.parse($0) }
            guard case .needMore = result else {
                XCTFail("prefix of \(length)/\(raw.count) bytes gave \(Self.describe(result))", file: file, line: line)
                return
            }
        }
        let result = raw.withUnsafeBytes { parser.parse($0) }
        guard let (request, consumed) = Self.request(in: result) else {
            XCTFail("complete buffer gave \(Self.describe(result))", file: file, line: line)
            return
        }
        XCTAssertEqual(consumed, raw.count, file: file, line: line)
        XCTAssertEqual(String(decoding: request.body, as: UTF8.self), body, file: file, line: line)
    }

    private static func request(in result: HTTPRequestParser.Result) -> (HTTPRequest, Int)? {
        if case .request(let request, let consumed) = result { return (request, consumed) }
        return nil
    }

    private static func expectsContinue(_ result: HTTPRequestParser.Result) -> Bool? {
        if case .needMore(let expectsContinue) = result { return expectsContinue }
        return nil
    }

    private static func describe(_ result: HTTPRequestParser.Result) -> String {
        switch result {
        case .needMore(let expectsContinue): return "needMore(expectsContinue: \(expectsContinue))"
        case .request(let request, let consumed): return "request(\(request.method) \(request.target), consumed: \(consumed))"
        case .failure(let error): return "failure(\(error))"
        }
    }

    /// A GET whose header section has `count` fields, Host included.
    private static func request(withFieldCount count: Int) -> String {
        var raw = "GET / HTTP/1.1\r\nHost: x\r\n"
        for index in 1..<count { raw += "X-Field-\(index): \(index)\r\n" }
        return raw + "\r\n"
    }
}
