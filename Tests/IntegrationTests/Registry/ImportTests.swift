import Foundation
import HTTPClient
import JSON
import XCTest

/// `RegistryService import` (`registry.md` §6) end to end: the real executable, then `serve` on its result.
final class ImportTests: XCTestCase {
    typealias F = ImportFixture

    func test_import_thenServe_answersLookupsRolesAndEmptyFeeds_whenRecordsAreValid() throws {
        let fixture = try ImportFixture()
        let (active, deleted, removed, firm, sub) = (RegistryTestNumbers.next(), RegistryTestNumbers.next(),
                                                     RegistryTestNumbers.next(), RegistryTestNumbers.next(),
                                                     RegistryTestNumbers.next())
        let enheter = try fixture.write("enheter.json.gz", [
            F.enhet(active, navn: "AKTIV IMPORT AS"),
            F.enhet(deleted, extra: [("slettedato", "2024-01-31")]),
            F.enhet(removed, extra: [("slettedato", "2024-02-29"), ("fjernet", true)]),
            F.enhet(firm, navn: "REGNSKAP IMPORT AS"),
        ], members: 3)
        let underenheter = try fixture.write("underenheter.json", [F.underenhet(sub, parent: active)], gzip: false)
        let roller = try fixture.write("roller.json.gz", [
            F.roles(active, [("DAGL", "2023-05-05", [F.person("DAGL", fodselsnummer: "12838148288",
                                                               fornavn: "DRESS", etternavn: "MINST")]),
                             ("REGN", nil, [F.enhetRole("REGN", holder: firm)])]),
        ])
        let result = try fixture.run(["--enheter", enheter, "--underenheter", underenheter, "--roller", roller])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.count("enheter", "imported"), 4)
        XCTAssertEqual(result.count("underenheter", "records"), 1)
        XCTAssertEqual(result.count("roller", "imported"), 1)
        XCTAssertEqual(result.count("roller", "rejected"), 0)
        XCTAssertNotNil(result.summary?["epoch"]?.stringValue)
        XCTAssertNotNil(result.summary?["seconds"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.databasePath + ".import"))

        let registry = try RegistryTestService(loadScenario: false, environment: ["DATABASE_PATH": fixture.databasePath])
        defer { registry.stop() }
        let lookup = try registry.get("/enhetsregisteret/api/enheter/\(active)")
        XCTAssertEqual(lookup.status, 200)
        XCTAssertEqual(lookup.jsonValue?["navn"], "AKTIV IMPORT AS")
        XCTAssertEqual(RegistryTestService.position(lookup), 0)
        let slim = try registry.get("/enhetsregisteret/api/enheter/\(deleted)")
        XCTAssertEqual(slim.status, 200)
        XCTAssertEqual(slim.jsonValue?["slettedato"], "2024-01-31")
        XCTAssertEqual(try registry.get("/enhetsregisteret/api/enheter/\(removed)").status, 410)
        XCTAssertEqual(try registry.get("/enhetsregisteret/api/underenheter/\(sub)").jsonValue?["overordnetEnhet"],
                       .string(active))
        let roles = try registry.get("/enhetsregisteret/api/enheter/\(active)/roller").jsonValue
        let groups = roles?["rollegrupper"]?.arrayValue ?? []
        XCTAssertEqual(groups.map { $0["type"]?["kode"] }, ["DAGL", "REGN"])
        XCTAssertEqual(groups.first?["sistEndret"], "2023-05-05")
        XCTAssertEqual(groups.last?["roller"]?[0]?["enhet"]?["navn"], ["REGNSKAP IMPORT AS"])
        let held = try registry.internalGet("/internal/roles?holder=\(firm)").jsonValue
        XCTAssertEqual(held?["roles"]?[0]?["unit"]?["organisasjonsnummer"], .string(active))
        XCTAssertEqual(try registry.feedItems().count, 0)
        let feed = try registry.internalGet("/internal/feed?after=0").jsonValue
        XCTAssertEqual(feed?["position"], 0)
        XCTAssertEqual(feed?["epoch"], result.summary?["epoch"])
        let updates = try registry.get("/enhetsregisteret/api/oppdateringer/enheter?oppdateringsid=1").jsonValue
        XCTAssertNil(updates?["_embedded"])
    }

    func test_import_keepsAuditRows_andAppendsImportCompleted_whenLiveDatabaseExists() throws {
        let fixture = try ImportFixture()
        let first = RegistryTestNumbers.next()
        let file = try fixture.write("enheter.json.gz", [F.enhet(first)])
        XCTAssertEqual(try fixture.run(["--enheter", file]).status, 0)
        let written = RegistryTestNumbers.next()
        do {
            let registry = try RegistryTestService(loadScenario: false, environment: ["DATABASE_PATH": fixture.databasePath])
            defer { registry.stop() }
            let put = try registry.put("/internal/enheter/\(written)", ["navn": "SKREVET AS", "organisasjonsform": "AS"])
            XCTAssertEqual(put.status, 201)
        }
        let second = try fixture.run(["--enheter", file])
        XCTAssertEqual(second.status, 0, second.stderr)
        let registry = try RegistryTestService(loadScenario: false, environment: ["DATABASE_PATH": fixture.databasePath])
        defer { registry.stop() }
        let items = try registry.internalGet("/internal/audit?limit=1000").jsonValue?["items"]?.arrayValue ?? []
        XCTAssertEqual(items.compactMap { $0["action"]?.stringValue },
                       ["import.completed", "unit.created", "import.completed"])
        XCTAssertEqual(items.last?["actor"], ["kind": "operator", "command": "import"])
        XCTAssertEqual(try registry.get("/enhetsregisteret/api/enheter/\(written)").status, 404)
    }

    func test_import_importsTheRest_andReportsEachBadRecord_withIndexAndOffset() throws {
        let fixture = try ImportFixture()
        let (a, b, u1, u2, outside) = (RegistryTestNumbers.next(), RegistryTestNumbers.next(), RegistryTestNumbers.next(),
                                       RegistryTestNumbers.next(), RegistryTestNumbers.next())
        let enheter: [JSONValue] = [
            F.enhet(a), 42, ["organisasjonsnummer": .string(b), "organisasjonsform": "AS"],
            ["organisasjonsnummer": .string(b), "navn": 7, "organisasjonsform": "AS"],
            ["organisasjonsnummer": .string(b), "navn": "X"], F.enhet("123456789"), F.enhet(b, form: "XYZ"),
            F.enhet(b, form: "BEDR"), F.enhet(b, extra: [("registreringsdatoEnhetsregisteret", "2020-13-01")]),
            F.enhet(b, extra: [("fjernet", true)]), F.enhet(a), F.enhet(b),
        ]
        let underenheter: [JSONValue] = [
            F.underenhet(u1, parent: a), ["organisasjonsnummer": .string(u2), "navn": "X", "organisasjonsform": "BEDR"],
            F.underenhet(a, parent: b), F.underenhet(u2, parent: outside), F.underenhet(u1, parent: b),
        ]
        let dagl = F.person("DAGL", fodselsnummer: "12838148288", fornavn: "DRESS", etternavn: "MINST")
        let roller: [JSONValue] = [
            F.roles(a, [("DAGL", nil, [dagl]), ("REGN", nil, [F.enhetRole("REGN", holder: outside)])]),
            F.roles(u1, [("DAGL", nil, [dagl])]), F.roles(outside, [("DAGL", nil, [dagl])]),
            F.roles(b, [("DAGL", nil, [["type": "XXXX", "person": ["navn": ["fornavn": "A", "etternavn": "B"]]]])]),
            F.roles(b, [("DAGL", nil, [["type": "DAGL", "person": ["navn": ["fornavn": "A"]]]])]),
            F.roles(b, [("DAGL", nil, [["type": "DAGL", "person": ["navn": ["fornavn": "A", "etternavn": "B"]],
                                        "enhet": ["organisasjonsnummer": .string(a)]]])]),
            F.roles(a, [("DAGL", nil, [dagl])]), ["organisasjonsnummer": .string(b)],
        ]
        let paths = [try fixture.write("e.json.gz", enheter), try fixture.write("u.json", underenheter, gzip: false),
                     try fixture.write("r.json.gz", roller)]
        let report = fixture.path("report.jsonl")
        let result = try fixture.run(["--enheter", paths[0], "--underenheter", paths[1], "--roller", paths[2],
                                      "--report", report, "--batch", "3"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.summary?["files"]?["enheter"], ["records": 12, "imported": 2, "rejected": 10, "warnings": 0])
        XCTAssertEqual(result.summary?["files"]?["underenheter"], ["records": 5, "imported": 2, "rejected": 3, "warnings": 1])
        XCTAssertEqual(result.summary?["files"]?["roller"], ["records": 8, "imported": 1, "rejected": 7, "warnings": 1])
        let expected = Self.indexAndOffset(enheter, paths[0], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
            + Self.indexAndOffset(underenheter, paths[1], [1, 2, 4])
            + Self.indexAndOffset(roller, paths[2], [1, 2, 3, 4, 5, 6, 7])
        XCTAssertEqual(result.rejects.map(Self.position), expected)
        XCTAssertTrue(result.rejects.allSatisfy { !($0["reason"]?.stringValue ?? "").isEmpty })
        XCTAssertEqual(result.rejects[1]["reason"], "missing required field navn")
        XCTAssertEqual(result.warnings.map(Self.position),
                       Self.indexAndOffset(underenheter, paths[1], [3]) + Self.indexAndOffset(roller, paths[2], [0]))
        let reported = try String(contentsOfFile: report, encoding: .utf8).split(separator: "\n")
            .compactMap { try? JSONValue.parse(Array($0.utf8)) }
        XCTAssertEqual(reported.count, 22)
        XCTAssertEqual(reported, result.stderrJSON.filter { $0["record"] != nil })
    }

    static func position(_ line: JSONValue) -> String {
        "\(line["file"]?.stringValue ?? "?") \(line["record"]?.intValue ?? -1) \(line["offset"]?.intValue ?? -1)"
    }

    /// `<path> <index> <offset>` for each listed record of an array written compactly.
    static func indexAndOffset(_ records: [JSONValue], _ path: String, _ indexes: [Int]) -> [String] {
        var offsets: [Int] = []
        var offset = 1
        for record in records {
            offsets.append(offset)
            offset += record.encoded().count + 1
        }
        return indexes.map { "\(path) \($0) \(offsets[$0])" }
    }
}
