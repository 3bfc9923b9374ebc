import Foundation
import HTTPClient
import JSON
import XCTest

/// `spec/README.md` §Services, Shutdown: draining, grace, in-flight requests, exit status.
final class ShutdownTests: XCTestCase {
    let keys = TestKeys.shared

    func test_sigterm_reportsDraining_closesConnections_thenExitsZero() throws {
        let service = try ServiceProcess("RegistryService", keys: keys, environment: ["SHUTDOWN_GRACE_SECONDS": "1"])
        XCTAssertEqual(try TestHTTP.get("\(service.baseURL)/health/ready").status, 200)
        let started = Date()
        service.signal(SIGTERM)
        usleep(200_000)

        let draining = try TestHTTP.get("\(service.baseURL)/health/ready")
        XCTAssertEqual(draining.status, 503)
        XCTAssertEqual(draining.jsonValue, ["status": "draining"])
        XCTAssertEqual(draining.headers["Connection"]?.lowercased(), "close")
        let live = try TestHTTP.get("\(service.baseURL)/health/live")
        XCTAssertEqual(live.status, 200, "requests during the grace period are served normally")

        XCTAssertEqual(service.waitForExit(timeout: 10), 0)
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(started), 0.9, "keeps serving for the grace period")
        XCTAssertFalse(FileManager.default.fileExists(atPath: service.directory.appendingPathComponent("service.sqlite-wal").path),
                       "the database is closed (SQLite removes the WAL file on a clean close)")
    }

    func test_sigint_alsoStopsCleanly() throws {
        let service = try ServiceProcess("ApprovalService", keys: keys)
        service.signal(SIGINT)
        XCTAssertEqual(service.waitForExit(timeout: 10), 0)
    }

    func test_secondSignal_exitsAtOnceWithOne() throws {
        let service = try ServiceProcess("RequestService", keys: keys, environment: ["SHUTDOWN_GRACE_SECONDS": "30"])
        service.signal(SIGTERM)
        usleep(200_000)
        service.signal(SIGTERM)
        XCTAssertEqual(service.waitForExit(timeout: 5), 1)
    }
}
