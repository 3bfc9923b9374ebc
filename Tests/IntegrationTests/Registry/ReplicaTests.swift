import Foundation
import HTTPClient
import JSON
import XCTest

/// Replicas (`registry.md` §8) with the real executables on loopback: a primary and two followers
/// started with `--follow` (the second with a trailing `/`), then the scenario loaded on the primary,
/// so the followers receive every scenario change through the feed.
final class ReplicaTests: XCTestCase {
    nonisolated(unsafe) static var primary: RegistryTestService?
    nonisolated(unsafe) static var followers: [RegistryReplicaNode] = []
    /// The write-to-visible limit of §8 (Freshness).
    static let freshness: TimeInterval = 1

    var primary: RegistryTestService { Self.primary! }

    override class func setUp() {
        super.setUp()
        guard let primary = try? RegistryTestService(loadScenario: false) else { return }
        Self.primary = primary
        followers = [try? RegistryReplicaNode(following: primary.baseURL),
                     try? RegistryReplicaNode(following: primary.baseURL + "/")].compactMap { $0 }
        do {
            try RegistryScenario.load(baseURL: primary.baseURL, token: primary.platformToken)
        } catch {
            Self.primary = nil
            primary.stop()
        }
    }

    override class func tearDown() {
        followers.forEach { $0.stop() }
        primary?.stop()
        super.tearDown()
    }

    override func setUpWithError() throws {
        _ = try XCTUnwrap(Self.primary, "primary RegistryService did not start")
        XCTAssertEqual(Self.followers.count, 2, "a follower did not start")
        for follower in Self.followers { try follower.waitUntilReady() }
    }

    /// Asks every follower for `path` until `condition` holds; asserts each got there within 1 s of `start`.
    private func assertFollowersServe(_ path: String, since start: Date, token: String? = nil,
                                      file: StaticString = #filePath, line: UInt = #line,
                                      _ condition: @escaping (ClientResponse) -> Bool) throws {
        for (index, follower) in Self.followers.enumerated() {
            let remaining = max(0.05, Self.freshness + 1 - Date().timeIntervalSince(start))
            let (response, at) = try follower.poll(path, token: token, timeout: remaining, until: condition)
            XCTAssertTrue(condition(response), "follower \(index) never served \(path): \(response.status) \(response.text)",
                          file: file, line: line)
            XCTAssertLessThan(at.timeIntervalSince(start), Self.freshness, "follower \(index) too late for \(path)",
                              file: file, line: line)
        }
    }

    private func assertFollowersAt(_ position: Int64?, file: StaticString = #filePath, line: UInt = #line) throws {
        for follower in Self.followers {
            let (response, _) = try follower.poll("/health/live", timeout: 1) {
                RegistryTestService.position($0) == position
            }
            XCTAssertEqual(RegistryTestService.position(response), position, file: file, line: line)
        }
    }

    func test_followers_serveUnitPut_withinOneSecond_atThePrimarysPosition() throws {
        let orgnr = RegistryTestNumbers.next()
        let write = try primary.put("/internal/enheter/\(orgnr)", ["navn": "REPLIKA AS", "organisasjonsform": "AS"])
        let answered = Date()
        XCTAssertEqual(write.status, 201, write.text)
        try assertFollowersServe("/enhetsregisteret/api/enheter/\(orgnr)", since: answered) {
            $0.status == 200 && $0.jsonValue?["navn"]?.stringValue == "REPLIKA AS"
        }
        try assertFollowersAt(RegistryTestService.position(write))
    }

    func test_followers_serveRolesPut_andDelete_withinOneSecond() throws {
        let orgnr = RegistryTestNumbers.next()
        XCTAssertEqual(try primary.put("/internal/enheter/\(orgnr)", ["navn": "ROLLER AS", "organisasjonsform": "AS"]).status, 201)
        let roles: JSONValue = ["roller": [["type": "DAGL", "person": ["fodselsnummer": "12838148288",
                                                                       "navn": ["fornavn": "DRESS", "etternavn": "MINST"]]]]]
        let rolesWrite = try primary.put("/internal/enheter/\(orgnr)/roller", roles)
        let rolesAnswered = Date()
        XCTAssertEqual(rolesWrite.status, 200, rolesWrite.text)
        try assertFollowersServe("/internal/roles?holder=12838148288", since: rolesAnswered, token: Self.followers[0].platformToken) {
            $0.status == 200 && $0.text.contains(orgnr)
        }
        try assertFollowersAt(RegistryTestService.position(rolesWrite))

        let deletion = try primary.delete("/internal/enheter/\(orgnr)?mode=slett&dato=2026-01-02")
        let deleted = Date()
        XCTAssertEqual(deletion.status, 200, deletion.text)
        try assertFollowersServe("/enhetsregisteret/api/enheter/\(orgnr)", since: deleted) {
            $0.status == 200 && $0.jsonValue?["slettedato"]?.stringValue == "2026-01-02"
        }
        try assertFollowersAt(RegistryTestService.position(deletion))
    }

    func test_followers_feed_matchesThePrimarysWholeFeed() throws {
        let orgnr = RegistryTestNumbers.next()
        let write = try primary.put("/internal/enheter/\(orgnr)", ["navn": "FEED KOPI AS", "organisasjonsform": "AS"])
        try assertFollowersAt(RegistryTestService.position(write))
        let expected = try primary.internalGet("/internal/feed?after=0&size=1000").jsonValue
        XCTAssertGreaterThan(expected?["items"]?.arrayValue?.count ?? 0, 10, "the scenario and this test wrote changes")
        for follower in Self.followers {
            let answer = try follower.get("/internal/feed?after=0&size=1000", token: follower.platformToken).jsonValue
            XCTAssertEqual(answer?["epoch"], expected?["epoch"])
            XCTAssertEqual(answer?["position"], expected?["position"])
            XCTAssertEqual(answer?["items"], expected?["items"])
        }
    }

    /// The same lookups on the primary and on each follower give the same bodies, hrefs aside (each
    /// node writes its own base URL here, as no `PUBLIC_URL` is set).
    func test_followers_answerLookups_likeThePrimary() throws {
        let position = try primary.get("/health/live")
        try assertFollowersAt(RegistryTestService.position(position))
        let paths = ["/enhetsregisteret/api/enheter/310202398", "/enhetsregisteret/api/enheter/310202398/roller",
                     "/enhetsregisteret/api/underenheter/311312294", "/enhetsregisteret/api/enheter/315710375/roller",
                     "/enhetsregisteret/api/enheter/315710413", "/enhetsregisteret/api/enheter/315710421",
                     "/internal/roles?holder=314250052", "/internal/roles?unit=315710375",
                     "/internal/units?orgnr=310202398,315710413,311312294"]
        for path in paths {
            let expected = try primary.get(path, token: primary.platformToken)
            for follower in Self.followers {
                let answer = try follower.get(path, token: follower.platformToken)
                XCTAssertEqual(answer.status, expected.status, path)
                XCTAssertEqual(answer.text.replacingOccurrences(of: follower.baseURL, with: "BASE"),
                               expected.text.replacingOccurrences(of: primary.baseURL, with: "BASE"), path)
            }
        }
    }

    func test_follower_refusesWrites_with409AndPrimaryHeader_afterTheTokenCheck() throws {
        let orgnr = RegistryTestNumbers.next()
        for follower in Self.followers {
            let put = try TestHTTP.send(.put, follower.baseURL + "/internal/enheter/\(orgnr)", token: follower.platformToken,
                                        headers: ["Content-Type": "application/json"], body: Array(#"{"navn":"X"}"#.utf8))
            XCTAssertEqual(put.status, 409, put.text)
            XCTAssertEqual(put.jsonValue?["code"]?.stringValue, "REG-00003")
            XCTAssertEqual(put.headers["X-Registry-Primary"], primary.baseURL)
            XCTAssertNotNil(put.headers["X-Registry-Position"])

            let delete = try TestHTTP.send(.delete, follower.baseURL + "/internal/enheter/310202398", token: follower.platformToken)
            XCTAssertEqual(delete.status, 409, delete.text)
            XCTAssertEqual(delete.headers["X-Registry-Primary"], primary.baseURL)

            let roles = try TestHTTP.send(.put, follower.baseURL + "/internal/enheter/not-a-number/roller",
                                          token: follower.platformToken, body: Array("garbage".utf8))
            XCTAssertEqual(roles.status, 409, "the refusal comes before parameter and body checks")

            let anonymous = try TestHTTP.send(.put, follower.baseURL + "/internal/enheter/\(orgnr)")
            XCTAssertEqual(anonymous.status, 401, "the token check comes first")
        }
        XCTAssertEqual(try primary.get("/enhetsregisteret/api/enheter/\(orgnr)").status, 404, "nothing was forwarded")
    }

    func test_follower_startedFromASnapshotFile_onlyCatchesUp() throws {
        let directory = try TemporaryDirectory.make(prefix: "replica-from-file")
        let file = directory.appendingPathComponent("service.sqlite")
        let download = try TestHTTP.client.download(ClientRequest(
            url: primary.baseURL + "/internal/snapshot", headers: ["Authorization": "Bearer \(primary.platformToken)"]),
            to: file.path)
        XCTAssertEqual(download.status, 200)
        let inode = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int)

        let orgnr = RegistryTestNumbers.next()
        let write = try primary.put("/internal/enheter/\(orgnr)", ["navn": "ETTER KOPIEN AS", "organisasjonsform": "AS"])
        XCTAssertEqual(write.status, 201)

        let follower = try RegistryReplicaNode(following: primary.baseURL, directory: directory)
        defer { follower.stop() }
        try follower.waitUntilReady()
        let (unit, _) = try follower.poll("/enhetsregisteret/api/enheter/\(orgnr)", timeout: 2) { $0.status == 200 }
        XCTAssertEqual(unit.status, 200, unit.text)
        XCTAssertEqual(RegistryTestService.position(unit), RegistryTestService.position(write))
        let after = try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int
        XCTAssertEqual(after, inode, "the placed file was kept (no snapshot was downloaded)")
    }
}
