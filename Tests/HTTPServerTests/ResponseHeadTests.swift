import XCTest
@testable import HTTPServer

final class ResponseHeadTests: XCTestCase {
    func test_date_isIMFFixdate() {
        let line = String(decoding: HTTPDateCache.format(784_111_777), as: UTF8.self)
        XCTAssertEqual(line, "Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n")
    }

    func test_response_hasDateHeader() throws {
        let server = try startTestServer { _, _ in .text("x") }
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        let date = try XCTUnwrap(client.readResponse()?.header("Date"))
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        let parsed = try XCTUnwrap(formatter.date(from: date), date)
        XCTAssertLessThan(abs(parsed.timeIntervalSinceNow), 5)
    }

    func test_server_overridesFramingHeaders_fromResponder() throws {
        let server = try startTestServer { _, _ in
            HTTPResponse(status: 200, headers: ["Content-Length": "999", "Transfer-Encoding": "gzip"],
                         body: Array("abc".utf8))
        }
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        let response = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(response.headers("Content-Length"), ["3"])
        XCTAssertNil(response.header("Transfer-Encoding"))
        XCTAssertEqual(response.bodyText, "abc")
    }

    func test_headerValueWithCRLF_cannotSplitResponse() throws {
        let server = try startTestServer { _, _ in
            HTTPResponse(status: 200, headers: ["X-Evil": "a\r\nSet-Cookie: pwned", "Bad Name": "v"], body: [])
        }
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        let response = try XCTUnwrap(client.readResponse())
        XCTAssertNil(response.header("Set-Cookie"))
        XCTAssertEqual(response.header("X-Evil"), "a  Set-Cookie: pwned")
        XCTAssertNil(response.header("Bad Name"))
    }

    func test_largeBody_arrivesWhole_whenAboveInlineLimit() throws {
        let body = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let server = try startTestServer { _, _ in HTTPResponse(status: 200, body: body) }
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try client.readResponse()?.body, body)
    }

    func test_unknownStatus_getsGenericReason() throws {
        let server = try startTestServer { _, _ in HTTPResponse(status: 299, body: []) }
        defer { server.shutdown(timeout: 1) }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try client.readResponse()?.status, 299)
    }
}
