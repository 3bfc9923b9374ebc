import Foundation
import HTTPClient
import JSON
import XCTest

/// Every service skeleton starts, reports ready, serves its common routes and stops cleanly
/// (`spec/README.md` §Services, §Command line).
final class ServiceLifecycleTests: XCTestCase {
    static let servicesWithDatabase = ["RegistryService", "RequestService", "ApprovalService", "ClientDelegationService"]
    let keys = TestKeys.shared

    func test_everyService_startsReady_andServesHealthMetricsAndOpenAPI() throws {
        for name in Self.servicesWithDatabase + ["TokenGenerator"] {
            let service = try ServiceProcess(name, keys: keys)
            let live = try TestHTTP.get("\(service.baseURL)/health/live")
            XCTAssertEqual(live.status, 200, name)
            XCTAssertEqual(live.jsonValue, ["status": "ok"], name)
            let ready = try TestHTTP.get("\(service.baseURL)/health/ready")
            XCTAssertEqual(ready.status, 200, name)
            XCTAssertEqual(ready.jsonValue, ["status": "ok"], name)

            let metrics = try TestHTTP.get("\(service.baseURL)/metrics")
            XCTAssertEqual(metrics.status, 200, name)
            XCTAssertTrue(metrics.headers["Content-Type"]?.hasPrefix("text/plain") ?? false, name)
            XCTAssertTrue(metrics.text.contains(#"http_requests_total{method="GET",route="/health/live",status="200"} 1"#),
                          "\(name): \(metrics.text)")
            XCTAssertTrue(metrics.text.contains(#"http_request_duration_seconds_bucket{method="GET",route="/health/ready",le="0.0005"}"#), name)
            XCTAssertTrue(metrics.text.contains("\nhttp_connections_open "), name)
            XCTAssertTrue(metrics.text.contains("\nprocess_resident_memory_bytes "), name)

            let openAPI = try TestHTTP.get("\(service.baseURL)/openapi.json")
            XCTAssertEqual(openAPI.status, 200, name)
            XCTAssertEqual(openAPI.text, try repositoryOpenAPI(name),
                           "\(name) serves an outdated openapi.json: run Services/embed-openapi.sh")
            XCTAssertEqual(openAPI.jsonValue?["openapi"], "3.1.0", name)
        }
    }

    func test_unknownPath_answersProblem_withRouteLabelUnmatched() throws {
        let service = try ServiceProcess("RequestService", keys: keys)
        let response = try TestHTTP.get("\(service.baseURL)/no/such/path?pid=12838148288",
                                        headers: ["X-Request-Id": "trace-1"])
        XCTAssertEqual(response.status, 404)
        XCTAssertEqual(response.headers["Content-Type"], "application/problem+json")
        XCTAssertEqual(response.headers["X-Request-Id"], "trace-1")
        XCTAssertEqual(response.jsonValue?["code"], "STD-00404")
        XCTAssertEqual(response.jsonValue?["traceId"], "trace-1")
        XCTAssertEqual(response.jsonValue?["instance"], "/no/such/path")
        let metrics = try TestHTTP.get("\(service.baseURL)/metrics").text
        XCTAssertTrue(metrics.contains(#"route="unmatched",status="404""#), metrics)
        XCTAssertFalse(metrics.contains("/no/such/path"))
    }

    func test_accessLog_isOneJSONLinePerRequest_withoutQueryString() throws {
        let service = try ServiceProcess("ApprovalService", keys: keys, environment: ["LOG_LEVEL": "info"])
        _ = try TestHTTP.get("\(service.baseURL)/health/live?pid=12838148288", headers: ["X-Request-Id": "log-me"])
        let deadline = Date().addingTimeInterval(2)
        var line: String?
        while line == nil && Date() < deadline {
            line = service.stderrText.split(separator: "\n").map(String.init).first { $0.contains("\"log-me\"") }
            if line == nil { usleep(20_000) }
        }
        let entry = try XCTUnwrap(line.flatMap { try? JSONValue.parse(Array($0.utf8)) })
        XCTAssertEqual(entry["level"], "info")
        XCTAssertEqual(entry["method"], "GET")
        XCTAssertEqual(entry["route"], "/health/live")
        XCTAssertEqual(entry["path"], "/health/live")
        XCTAssertEqual(entry["status"], 200)
        for field in ["ts", "durationMs", "bytes", "remote"] { XCTAssertNotNil(entry[field], field) }
        XCTAssertFalse(service.stderrText.contains("12838148288"), "query strings must never be logged")
    }

    func test_internalRoutes_requirePlatformToken() throws {
        let service = try ServiceProcess("ClientDelegationService", keys: keys)
        let url = "\(service.baseURL)/internal/health/integrity"

        let missing = try TestHTTP.get(url)
        XCTAssertEqual(missing.status, 401)
        XCTAssertEqual(missing.jsonValue?["code"], "AUTH-00101")
        XCTAssertEqual(missing.headers["WWW-Authenticate"], #"Bearer error="invalid_token""#)

        let vendor = try keys.token(["vendor", "--org", "315602122", "--scopes", "altinn:authentication/systemregister.write"])
        let wrongKind = try TestHTTP.get(url, token: vendor)
        XCTAssertEqual(wrongKind.status, 403)
        XCTAssertEqual(wrongKind.jsonValue?["code"], "AUTH-00102")
        XCTAssertEqual(wrongKind.jsonValue?["acceptedTokenKinds"], ["platform"])

        let ok = try TestHTTP.get(url, token: try keys.platformToken())
        XCTAssertEqual(ok.status, 200)
        XCTAssertEqual(ok.jsonValue, ["integrity": "ok"])

        let notAcceptable = try TestHTTP.get(url, token: try keys.platformToken(), headers: ["Accept": "text/html"])
        XCTAssertEqual(notAcceptable.status, 406)
        XCTAssertEqual(notAcceptable.jsonValue?["code"], "STD-00406")
    }

    func test_audit_answersEmptyPage_andValidatesParameters() throws {
        let service = try ServiceProcess("RequestService", keys: keys)
        let token = try keys.platformToken()
        let empty = try TestHTTP.get("\(service.baseURL)/internal/audit", token: token)
        XCTAssertEqual(empty.status, 200)
        XCTAssertEqual(empty.jsonValue, ["items": [], "next": nil])

        let bad = try TestHTTP.get("\(service.baseURL)/internal/audit?limit=0&after=x&since=yesterday", token: token)
        XCTAssertEqual(bad.status, 400)
        XCTAssertEqual(bad.jsonValue?["code"], "STD-00000")
        let paths = bad.jsonValue?["validationErrors"]?.arrayValue?.compactMap { $0["paths"]?[0]?.stringValue }
        XCTAssertEqual(paths, ["?after", "?since", "?limit"], "every failure is listed")
    }

    private func repositoryOpenAPI(_ name: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("Services/\(name)/openapi.json"), encoding: .utf8)
    }
}
