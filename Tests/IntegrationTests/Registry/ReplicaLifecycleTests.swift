import Foundation
import HTTPClient
import JSON
import XCTest

/// A replica's arguments (§1) and its readiness when the primary goes away (§8 step 3).
final class ReplicaLifecycleTests: XCTestCase {
    private func exitStatus(_ arguments: [String], environment: [String: String] = [:]) throws -> Int32 {
        let keys = TestKeys.shared
        var env = ["PORT": "0", "JWKS_PATH": keys.jwksPath, "PLATFORM_SIGNING_KEY": keys.privateKeyPath,
                   "DATABASE_PATH": try TemporaryDirectory.make(prefix: "replica-args").appendingPathComponent("r.sqlite").path]
        for (key, value) in environment { env[key] = value }
        return try ToolRun.run(ServiceProcess.executable("RegistryService"), arguments, environment: env).status
    }

    func test_serveFollow_isAUsageError_whenTheURLOrPollIntervalIsBad() throws {
        for url in ["ftp://primary:8081", "primary:8081", "/relative", "http://primary:8081/?a=1",
                    "http://primary:8081#top", "http://", "http://pri mary"] {
            XCTAssertEqual(try exitStatus(["serve", "--follow", url]), 2, url)
        }
        XCTAssertEqual(try exitStatus(["serve", "--follow"]), 2, "missing value")
        for poll in ["9", "60001", "abc", "1.5"] {
            XCTAssertEqual(try exitStatus(["serve", "--follow", "http://127.0.0.1:1"], environment: ["FOLLOW_POLL_MS": poll]),
                           2, poll)
        }
    }

    func test_follower_turnsStale_withinSixSeconds_whenThePrimaryStops_andStillAnswersReads() throws {
        let primary = try RegistryTestService(loadScenario: false)
        defer { primary.stop() }
        let orgnr = RegistryTestNumbers.next()
        XCTAssertEqual(try primary.put("/internal/enheter/\(orgnr)", ["navn": "STALE AS", "organisasjonsform": "AS"]).status, 201)
        let follower = try RegistryReplicaNode(following: primary.baseURL, environment: ["FOLLOW_POLL_MS": "100"])
        defer { follower.stop() }
        try follower.waitUntilReady()
        XCTAssertEqual(try follower.poll("/enhetsregisteret/api/enheter/\(orgnr)", timeout: 2) { $0.status == 200 }.0.status, 200)

        primary.stop()
        let stopped = Date()
        let (ready, at) = try follower.poll("/health/ready", timeout: 7) { $0.status == 503 }
        XCTAssertEqual(ready.status, 503, ready.text)
        XCTAssertEqual(ready.jsonValue?["status"]?.stringValue, "stale")
        XCTAssertLessThan(at.timeIntervalSince(stopped), 6)
        XCTAssertEqual(try follower.get("/enhetsregisteret/api/enheter/\(orgnr)").status, 200, "a stale replica still reads")
        XCTAssertEqual(try follower.get("/health/live").status, 200)
    }

    func test_follower_reSnapshots_whenThePrimaryComesBackWithAnotherEpoch() throws {
        let first = try RegistryTestService(loadScenario: false)
        let port = first.process.port
        let before = RegistryTestNumbers.next()
        XCTAssertEqual(try first.put("/internal/enheter/\(before)", ["navn": "FØR AS", "organisasjonsform": "AS"]).status, 201)
        let follower = try RegistryReplicaNode(following: first.baseURL)
        defer { follower.stop() }
        try follower.waitUntilReady()
        XCTAssertEqual(try follower.poll("/enhetsregisteret/api/enheter/\(before)", timeout: 2) { $0.status == 200 }.0.status, 200)
        first.stop()

        let second = try RegistryTestService(loadScenario: false, environment: ["PORT": String(port)])
        defer { second.stop() }
        let after = RegistryTestNumbers.next()
        let write = try second.put("/internal/enheter/\(after)", ["navn": "ETTER AS", "organisasjonsform": "AS"])
        XCTAssertEqual(write.status, 201)
        let (unit, _) = try follower.poll("/enhetsregisteret/api/enheter/\(after)", timeout: 5) { $0.status == 200 }
        XCTAssertEqual(unit.status, 200, unit.text)
        XCTAssertEqual(RegistryTestService.position(unit), RegistryTestService.position(write))
        XCTAssertEqual(try follower.get("/enhetsregisteret/api/enheter/\(before)").status, 404, "the old copy is gone")
        let epochs = try [second, nil].map { node -> String? in
            let url = (node?.baseURL ?? follower.baseURL) + "/internal/feed"
            return try TestHTTP.get(url, token: follower.platformToken).jsonValue?["epoch"]?.stringValue
        }
        XCTAssertEqual(epochs[0], epochs[1])
        try follower.waitUntilReady(timeout: 2)
    }

    func test_follower_reportsStarting_untilItHasACopy() throws {
        let follower = try RegistryReplicaNode(following: "http://127.0.0.1:1")
        defer { follower.stop() }
        let ready = try follower.get("/health/ready")
        XCTAssertEqual(ready.status, 503)
        XCTAssertEqual(ready.jsonValue?["status"]?.stringValue, "starting")
    }
}
