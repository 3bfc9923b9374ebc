@testable import RegistryService
import SQLite
import XCTest

/// Schema version 6 gives underenheter the rowids after every enhet (`UnitRowid`): a database written
/// before it must look up, search and take writes as one created fresh.
final class UnderenhetRenumberingTests: XCTestCase {
    /// Numbers chosen so that the underenheter lie between the enheter (as real numbers do).
    private static let units = [
        FixtureUnit(orgnr: "315799996", navn: "TIGER HOLDING AS", form: "AS", kommune: "0301", naering: ["62.010"]),
        FixtureUnit(orgnr: "315799953", navn: "ULV INVEST AS", form: "AS", kommune: "5001"),
        FixtureUnit(orgnr: "315799961", navn: "TIGER AVDELING OSLO", form: "BEDR", kind: .underenhet,
                    parent: "315799996", kommune: "0301", naering: ["62.010", "62.020"]),
        FixtureUnit(orgnr: "315799988", navn: "TIGER AVDELING BERGEN", form: "BEDR", kind: .underenhet,
                    parent: "315799996", kommune: "4601"),
        FixtureUnit(orgnr: "315799945", navn: "ULV AVDELING", form: "BEDR", kind: .underenhet, parent: "315799953",
                    kommune: "5001"),
    ]

    func test_unitRowid_isTheNumber_forAnEnhet_andAfterEveryEnhet_forAnUnderenhet() {
        XCTAssertEqual(UnitRowid.of("315799996", kind: .enhet), 315_799_996)
        XCTAssertEqual(UnitRowid.of("315799961", kind: .underenhet), 1_315_799_961)
        XCTAssertEqual(UnitRowid.of("000000019", kind: .underenhet), 1_000_000_019)
        XCTAssertEqual(UnitRowid.candidates("315799961")?.enhet, 315_799_961)
        XCTAssertEqual(UnitRowid.candidates("315799961")?.underenhet, 1_315_799_961)
        for bad in ["", "31579996", "3157999610", "31579996a", "-31579996", "+31579996", " 315799961", "３15799961"] {
            XCTAssertNil(UnitRowid.of(bad, kind: .enhet), bad)
            XCTAssertNil(UnitRowid.candidates(bad), bad)
        }
        XCTAssertLessThan(UnitRowid.of("999999999", kind: .enhet)!, UnitRowid.of("000000000", kind: .underenhet)!)
    }

    func test_freshDatabase_keepsEachKindTogether_andSearchesInNumberOrder() throws {
        let fixture = try RegistryFixture()
        try fixture.put(Self.units)
        let rows = try fixture.database.read { connection in
            try connection.query("SELECT rowid, orgnr, kind FROM units ORDER BY rowid").map {
                "\(try $0[0] as Int64) \(try $0[1] as String) \(try $0[2] as String)"
            }
        }
        XCTAssertEqual(rows, ["315799953 315799953 enhet", "315799996 315799996 enhet",
                              "1315799945 315799945 underenhet", "1315799961 315799961 underenhet",
                              "1315799988 315799988 underenhet"])
        try assertAnswersLikeFresh(fixture)
    }

    func test_migration_renumbersUnderenheter_andTheirSearchRows_whenUpgradingVersion5() throws {
        let old = try RegistryFixture(migrations: Array(RegistryMigrations.all.prefix(5)))
        try old.put(Self.units)
        try old.delete("315799945", kind: .underenhet, mode: .slett)
        try Self.layOutAsVersion5(old)
        XCTAssertNil(try UnitStore.lookupAnswer(old.database, "315799961", kind: .underenhet,
                                                rendering: UnitRendering(publicURL: "http://h:1")),
                     "the old layout is not what this build reads")

        let migrated = try Database.open(path: old.path, migrator: Migrator(RegistryMigrations.all))
        try migrated.read { connection in
            XCTAssertEqual(try connection.userVersion, 6)
            XCTAssertEqual(try connection.scalar("SELECT count(*) FROM units WHERE kind = 'underenhet' AND rowid < ?",
                                                 [UnitRowid.underenhetOffset], as: Int.self), 0)
            XCTAssertEqual(try connection.scalar("SELECT count(*) FROM unit_codes WHERE unit NOT IN (SELECT rowid FROM units)",
                                                 as: Int.self), 0)
            XCTAssertEqual(try connection.scalar("SELECT count(*) FROM unit_codes", as: Int.self), 7)
        }
        migrated.close()
        XCTAssertEqual(try old.search("", kind: .underenhet).totalElements, 2, "the deleted underenhet stays out")
        try assertAnswersLikeFresh(old, deleted: "315799945")

        // The writers' later changes keep the search tables in step with the migrated rows.
        try old.put([FixtureUnit(orgnr: "315799961", navn: "LØVE AVDELING OSLO", form: "BEDR", kind: .underenhet,
                                 parent: "315799996", kommune: "0301")])
        XCTAssertEqual(try old.orgnrs("navn=tiger", kind: .underenhet), ["315799988"])
        XCTAssertEqual(try old.orgnrs("navn=løve", kind: .underenhet), ["315799961"])
        XCTAssertEqual(try old.orgnrs("naeringskode=62", kind: .underenhet), [])
        try old.database.write { connection in
            try connection.execute("INSERT INTO unit_names (unit_names) VALUES ('integrity-check')")
        }
    }

    /// Lookups, the kind-blind `find`, and searches by name, number, code, municipality and parent.
    private func assertAnswersLikeFresh(_ fixture: RegistryFixture, deleted: String? = nil,
                                        file: StaticString = #filePath, line: UInt = #line) throws {
        let rendering = UnitRendering(publicURL: "http://h:1")
        for unit in Self.units {
            let answer = try UnitStore.lookupAnswer(fixture.database, unit.orgnr, kind: unit.kind, rendering: rendering)
            XCTAssertEqual(answer?.status, 200, unit.orgnr, file: file, line: line)
            let other: OrganisationForm.UnitKind = unit.kind == .enhet ? .underenhet : .enhet
            XCTAssertNil(try UnitStore.lookupAnswer(fixture.database, unit.orgnr, kind: other, rendering: rendering),
                         unit.orgnr, file: file, line: line)
            XCTAssertEqual(try fixture.database.read { try UnitStore.find($0, unit.orgnr) }?.kind, unit.kind,
                           unit.orgnr, file: file, line: line)
        }
        let active: [String] = ["315799945", "315799961", "315799988"].filter { $0 != deleted }
        let searches: [(String, OrganisationForm.UnitKind, [String])] = [
            ("", .underenhet, active),
            ("sort=organisasjonsnummer,desc", .underenhet, Array(active.reversed())),
            ("navn=tiger", .underenhet, ["315799961", "315799988"]),
            ("navn=tiger", .enhet, ["315799996"]),
            ("navn=avdeling&sort=organisasjonsnummer,desc", .underenhet, Array(active.reversed())),
            ("organisasjonsnummer=315799961,315799996", .underenhet, ["315799961"]),
            ("organisasjonsnummer=315799961,315799996", .enhet, ["315799996"]),
            ("naeringskode=62", .underenhet, ["315799961"]),
            ("naeringskode=62.010", .enhet, ["315799996"]),
            ("kommunenummer=0301", .underenhet, ["315799961"]),
            ("kommunenummer=5001", .underenhet, deleted == "315799945" ? [] : ["315799945"]),
            ("overordnetEnhet=315799996", .underenhet, ["315799961", "315799988"]),
        ]
        for (query, kind, expected) in searches {
            XCTAssertEqual(try fixture.orgnrs(query, kind: kind), expected, "\(kind) \(query)", file: file, line: line)
        }
    }

    /// What a version 5 build stored: every rowid the number itself, `unit_names` indexed by it.
    private static func layOutAsVersion5(_ fixture: RegistryFixture) throws {
        try fixture.database.write { connection in
            let offset = UnitRowid.underenhetOffset
            try connection.execute(script: """
                UPDATE unit_codes SET unit = unit - \(offset) WHERE unit >= \(offset);
                UPDATE units SET rowid = rowid - \(offset) WHERE rowid >= \(offset);
                """)
            try UnitNamesRebuild.apply(connection)
        }
    }
}
