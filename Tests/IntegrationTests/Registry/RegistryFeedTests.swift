import Foundation
import HTTPClient
import JSON
import XCTest

/// `GET /internal/feed` (`registry.md` §5.6) and `GET /internal/snapshot` (§5.5), on a service whose
/// `PUBLIC_URL` differs from its listening address.
final class RegistryFeedTests: RegistryTestCase {
    override class var loadsScenario: Bool { false }
    override class var environment: [String: String] { ["PUBLIC_URL": publicURL] }
    static let publicURL = "http://registry.example:9081"

    private func feed(_ query: String) throws -> JSONValue {
        let response = try registry.internalGet("/internal/feed\(query)")
        XCTAssertEqual(response.status, 200, response.text)
        XCTAssertEqual(response.jsonValue?["position"]?.intValue, RegistryTestService.position(response))
        return try XCTUnwrap(response.jsonValue)
    }

    func test_feed_pagesChangesWithoutGaps_andLinksNextOnPublicURL() throws {
        let start = try XCTUnwrap(try feed("")["position"]?.intValue)
        var numbers: [String] = []
        for index in 0..<3 {
            let orgnr = RegistryTestNumbers.next()
            numbers.append(orgnr)
            let response = try registry.put("/internal/enheter/\(orgnr)", ["navn": .string("FEED \(index) AS"), "organisasjonsform": "AS"])
            XCTAssertEqual(response.headers["Location"], "\(Self.publicURL)/enhetsregisteret/api/enheter/\(orgnr)")
        }
        let page = try feed("?after=\(start)&size=2")
        let items = try XCTUnwrap(page["items"]?.arrayValue)
        XCTAssertEqual(items.compactMap { $0["id"]?.intValue }, [start + 1, start + 2])
        XCTAssertEqual(items.compactMap { $0["organisasjonsnummer"]?.stringValue }, Array(numbers.prefix(2)))
        XCTAssertEqual(page["position"]?.intValue, start + 3)
        XCTAssertEqual(page["next"]?.stringValue, "\(Self.publicURL)/internal/feed?after=\(start + 2)&size=2")
        let at = try XCTUnwrap(items[0]["at"]?.stringValue)
        XCTAssertEqual(at.count, 24, "RFC 3339 UTC with milliseconds: \(at)")
        XCTAssertTrue(at.hasSuffix("Z"))
        XCTAssertEqual(items[0]["state"]?["organisasjonsform"], ["kode": "AS", "beskrivelse": "Aksjeselskap"])

        let rest = try feed("?after=\(start + 2)&size=2")
        XCTAssertEqual(rest["items"]?.arrayValue?.compactMap { $0["id"]?.intValue }, [start + 3])
        XCTAssertEqual(rest["epoch"], page["epoch"])
        let caughtUp = try feed("?after=\(start + 3)")
        XCTAssertEqual(caughtUp["items"], [])
        XCTAssertEqual(caughtUp["next"]?.stringValue, "\(Self.publicURL)/internal/feed?after=\(start + 3)&size=500")
        let beyond = try feed("?after=999999")
        XCTAssertEqual(beyond["items"], [])
        XCTAssertEqual(beyond["position"]?.intValue, start + 3)
    }

    func test_feed_startsAtOneAndHasAUUIDEpoch() throws {
        let first = try feed("?size=1")
        XCTAssertNotNil(UUID(uuidString: first["epoch"]?.stringValue ?? ""), "epoch is a UUID")
        let orgnr = RegistryTestNumbers.next()
        XCTAssertEqual(try registry.put("/internal/enheter/\(orgnr)", ["navn": "EN AS", "organisasjonsform": "AS"]).status, 201)
        XCTAssertEqual(try feed("?size=1")["items"]?[0]?["id"], 1)
    }

    func test_feed_validatesAfterAndSize() throws {
        for (query, path) in [("after=-1", "?after"), ("after=x", "?after"), ("size=0", "?size"), ("size=1001", "?size")] {
            let response = try registry.internalGet("/internal/feed?\(query)")
            XCTAssertEqual(response.status, 400, query)
            XCTAssertEqual(response.validationErrors, ["STD.VLD-00006 \(path)"], query)
        }
        XCTAssertEqual(try registry.get("/internal/feed").status, 401)
    }

    func test_snapshot_streamsConsistentDatabaseCopy() throws {
        let orgnr = RegistryTestNumbers.next()
        XCTAssertEqual(try registry.put("/internal/enheter/\(orgnr)", ["navn": "KOPI AS", "organisasjonsform": "AS"]).status, 201)
        let position = try XCTUnwrap(try feed("")["position"]?.intValue)
        let epoch = try XCTUnwrap(try feed("")["epoch"]?.stringValue)
        let response = try registry.internalGet("/internal/snapshot")
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.headers["Content-Type"], "application/vnd.sqlite3")
        XCTAssertEqual(response.headers["Transfer-Encoding"]?.lowercased(), "chunked")
        XCTAssertEqual(response.headers["X-Registry-Epoch"], epoch)
        XCTAssertEqual(RegistryTestService.position(response), position)
        XCTAssertEqual(Array(response.body.prefix(16)), Array("SQLite format 3\0".utf8))

        let copy = registry.process.directory.appendingPathComponent("copy.sqlite")
        try Data(response.body).write(to: copy)
        let check = try ToolRun.run(URL(fileURLWithPath: "/usr/bin/env"), [
            // user_version: the number of the Registry's schema migrations (RegistryMigrations.all).
            "sqlite3", copy.path, "PRAGMA user_version; SELECT count(*) FROM changes; SELECT navn FROM units WHERE orgnr = '\(orgnr)';",
        ], environment: [:])
        if check.status == 0 {
            XCTAssertEqual(check.stdout.split(separator: "\n").map(String.init), ["6", String(position), "KOPI AS"])
        }
        var leftovers: [String] = []
        let deadline = Date().addingTimeInterval(1)
        repeat {
            leftovers = try FileManager.default.contentsOfDirectory(atPath: registry.process.directory.path)
                .filter { $0.hasPrefix(".snapshot-") }
            if !leftovers.isEmpty { usleep(10_000) }
        } while !leftovers.isEmpty && Date() < deadline
        XCTAssertEqual(leftovers, [], "the temporary copy is deleted after the response")
        XCTAssertEqual(try registry.get("/internal/snapshot", token: registry.vendorToken).status, 403)
    }
}
