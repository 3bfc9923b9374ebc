@testable import RegistryService
import Foundation
import JSON
import SQLite
import XCTest

/// Applying the primary's feed items on a replica (`registry.md` §8 step 2) through the core's stores.
final class FeedItemApplicationTests: XCTestCase {
    private var directory: URL!
    private var database: Database!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("feed-apply-\(UUID().uuidString)")
        database = try Database.open(path: directory.appendingPathComponent("r.sqlite").path,
                                     migrator: Migrator(RegistryMigrations.all))
    }

    override func tearDown() {
        database?.close()
        try? FileManager.default.removeItem(at: directory)
    }

    private func item(_ id: Int64, kind: String, orgnr: String, endringstype: String = "Endring",
                      state: JSONValue) throws -> FeedItem {
        try FeedItem(["id": .int(id), "at": "2026-11-23T10:15:02.123Z", "kind": .string(kind),
                      "organisasjonsnummer": .string(orgnr), "endringstype": .string(endringstype),
                      "affectedHolders": [.string(orgnr)], "state": state])
    }

    func test_apply_storesUnitRolesAndDeletion_withTheSameIds() throws {
        let unit: JSONValue = ["organisasjonsnummer": "310202398", "navn": "DISKRET AS",
                               "organisasjonsform": ["kode": "AS", "beskrivelse": "Aksjeselskap"],
                               "naeringskode1": ["kode": "62.010", "beskrivelse": "Programmering"], "status": "active"]
        let roles: JSONValue = ["roller": [
            ["type": "DAGL", "person": ["fodselsnummer": "12838148288", "fodselsdato": "1981-03-12",
                                        "navn": ["fornavn": "DRESS", "etternavn": "MINST"], "erDoed": false],
             "fratraadt": false, "avregistrert": false, "rekkefolge": 0, "sistEndret": "2026-01-01"],
            ["type": "REVI", "enhet": ["organisasjonsnummer": "314250052"], "fratraadt": true, "avregistrert": false,
             "ansvarsandel": "1/2", "rekkefolge": 0, "sistEndret": "2026-02-02"],
        ]]
        var deleted = unit.objectValue ?? []
        deleted.removeLast()
        deleted += [("slettedato", "2026-03-03"), ("status", "deleted")]
        let items = [try item(1, kind: "enhet", orgnr: "310202398", endringstype: "Ny", state: unit),
                     try item(2, kind: "roller", orgnr: "310202398", state: roles),
                     try item(3, kind: "enhet", orgnr: "310202398", endringstype: "Sletting", state: .object(deleted))]
        try database.write { connection in for item in items { try FeedItemApplication.apply(item, connection) } }

        try database.read { connection in
            let stored = try XCTUnwrap(try UnitStore.find(connection, "310202398"))
            XCTAssertEqual(stored.status, .deleted)
            XCTAssertEqual(stored.slettedato, "2026-03-03")
            XCTAssertEqual(String(decoding: UnitRendering.state(stored), as: UTF8.self),
                           String(decoding: JSONValue.object(deleted).encoded(), as: UTF8.self))
            let held = try RoleStore.roles(connection, unit: "310202398")
            XCTAssertEqual(held.map(\.record.type), ["DAGL", "REVI"])
            XCTAssertEqual(held.map(\.changedBy), [2, 2])
            XCTAssertEqual(try RoleStore.groupDates(connection, unit: "310202398"), ["DAGL": "2026-01-01", "REVI": "2026-02-02"])
            let state = RoleStateRendering.state(held, dates: try RoleStore.groupDates(connection, unit: "310202398"))
            XCTAssertEqual(try JSONValue.parse(state), roles, "the roles read back give the primary's state")
            XCTAssertEqual(try ChangeLog.position(connection), 3)
            XCTAssertEqual(try ChangeLog.items(connection, after: 0, limit: 10).map(\.endringstype),
                           ["Ny", "Endring", "Sletting"])
            XCTAssertEqual(try connection.scalar("SELECT count(*) FROM unit_codes", as: Int.self), 0,
                           "a deleted unit leaves the search tables")
        }
    }

    func test_apply_throws_whenAStateIsMalformed() throws {
        let bad = try item(1, kind: "enhet", orgnr: "310202398", state: ["navn": "X", "status": "active"])
        XCTAssertThrowsError(try database.write { try FeedItemApplication.apply(bad, $0) })
        XCTAssertEqual(try database.read { try ChangeLog.position($0) }, 0, "nothing was applied")
    }
}
