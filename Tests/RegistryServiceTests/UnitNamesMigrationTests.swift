@testable import RegistryService
import SQLite
import XCTest

/// Schema version 5 recreates `unit_names` with `columnsize = 0` and indexes the active units again from
/// `units`: a migrated database must search, and accept the writers' later changes, as one created fresh.
final class UnitNamesMigrationTests: XCTestCase {
    private static let units = [
        FixtureUnit(orgnr: "315799996", navn: "Gammel-Tiger (Norge) AS", form: "AS"),
        FixtureUnit(orgnr: "315799988", navn: "TIGER ÅS ØST", form: "ENK"),
        FixtureUnit(orgnr: "315799953", navn: "SLETTET TIGER AS", form: "AS"),
    ]

    func test_migration_reindexesActiveUnits_whenUpgradingVersion4() throws {
        let old = try RegistryFixture(migrations: Array(RegistryMigrations.all.prefix(4)))
        try old.put(Self.units)
        try old.delete("315799953", mode: .slett)
        XCTAssertEqual(try old.database.read { try $0.userVersion }, 4)
        let before = try Self.searches(old)

        let migrated = try Database.open(path: old.path, migrator: Migrator(RegistryMigrations.all))
        defer { migrated.close() }
        try migrated.read { connection in
            XCTAssertEqual(try connection.userVersion, Migrator(RegistryMigrations.all).latestVersion)
            let sql = try connection.scalar("SELECT sql FROM sqlite_master WHERE name = 'unit_names'", as: String.self) ?? ""
            XCTAssertTrue(sql.contains("columnsize = 0"), sql)
            XCTAssertEqual(try connection.scalar(
                "SELECT count(*) FROM sqlite_master WHERE name = 'unit_names_docsize'", as: Int.self), 0)
            XCTAssertEqual(try connection.scalar(
                "SELECT count(*) FROM unit_names WHERE unit_names MATCH '\".E\" OR \".U\"'", as: Int.self), 2,
                "only the two active units")
        }
        XCTAssertEqual(try Self.searches(old), before)
        XCTAssertEqual(before, [["315799988", "315799996"], ["315799996"], ["315799988"], [], ["315799996"]])
    }

    func test_migratedDatabase_hasTheFreshSchema_andKeepsNamesInStep() throws {
        let old = try RegistryFixture(migrations: Array(RegistryMigrations.all.prefix(4)))
        try old.put(Self.units)
        let fresh = try RegistryFixture()
        let upgraded = try Database.open(path: old.path, migrator: Migrator(RegistryMigrations.all))
        let upgradedSchema = try upgraded.read { try Self.schema($0) }
        upgraded.close()
        XCTAssertEqual(upgradedSchema, try fresh.database.read { try Self.schema($0) })

        // The writers' 'delete' command removes exactly the text the migration indexed.
        try old.put([FixtureUnit(orgnr: "315799996", navn: "NYTT NAVN AS", form: "AS")])
        try old.delete("315799988", mode: .slett)
        XCTAssertEqual(try old.orgnrs("navn=tiger"), ["315799953"], "renamed and deleted units leave the index")
        XCTAssertEqual(try old.orgnrs("navn=nytt"), ["315799996"])
        XCTAssertEqual(try old.orgnrs("navn=slettet"), ["315799953"])
        try old.database.write { connection in
            try connection.execute("INSERT INTO unit_names (unit_names) VALUES ('integrity-check')")
        }
    }

    private static func searches(_ fixture: RegistryFixture) throws -> [[String]] {
        try ["navn=tiger", "navn=gammel+norge", "navn=%C3%A5s", "navn=slettet", "navn=tig+as"].map {
            try fixture.orgnrs($0).sorted()
        }
    }

    private static func schema(_ connection: Connection) throws -> [String] {
        try connection.query("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid").map { row in
            "\(try row[0] as String) \(try row[1] as String) \(try row[2] as String) \((try row[3] as String?) ?? "-")"
        }
    }
}
