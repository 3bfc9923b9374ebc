import Foundation
import SQLite
import XCTest

final class MigratorTests: SQLiteTestCase {
    private let migrations = [
        Migration(version: 1, name: "create org", sql: """
            CREATE TABLE org (number TEXT PRIMARY KEY, name TEXT NOT NULL);
            CREATE INDEX org_name ON org (name);
            """),
        Migration(version: 2, name: "add status",
                  sql: "ALTER TABLE org ADD COLUMN status TEXT NOT NULL DEFAULT 'active'"),
        Migration(version: 3, name: "seed") { connection in
            try connection.execute("INSERT INTO org (number, name) VALUES (?, ?)", ["310000001", "Seed AS"])
        },
    ]

    private func userVersion(_ database: Database) throws -> Int {
        try database.read { try $0.userVersion }
    }

    func test_migrate_appliesAllInOrder_onNewDatabase() throws {
        let database = try makeDatabase()
        XCTAssertEqual(try database.migrate(Migrator(migrations)), [1, 2, 3])
        XCTAssertEqual(try userVersion(database), 3)
        let status = try database.read { connection in
            try connection.scalar("SELECT status FROM org WHERE number = ?", ["310000001"], as: String.self)
        }
        XCTAssertEqual(status, "active")
    }

    func test_migrate_isIdempotent_onReopen() throws {
        let first = try Database.open(path: path(), migrator: Migrator(migrations))
        first.close()
        let second = try makeDatabase()
        XCTAssertEqual(try second.migrate(Migrator(migrations)), [])
        XCTAssertEqual(try second.read { try $0.scalar("SELECT count(*) FROM org", as: Int.self) }, 1)
    }

    func test_migrate_appliesOnlyNewerOnes_whenBuildAddsMigrations() throws {
        let database = try makeDatabase()
        XCTAssertEqual(try database.migrate(Migrator(Array(migrations.prefix(1)))), [1])
        XCTAssertEqual(try database.migrate(Migrator(migrations)), [2, 3])
        XCTAssertEqual(try userVersion(database), 3)
    }

    func test_migrate_announcesEachPendingMigration_beforeApplyingIt() throws {
        let database = try makeDatabase()
        try database.migrate(Migrator(Array(migrations.prefix(1))))
        var announced: [(version: Int, name: String, from: Int, userVersion: Int)] = []
        let applied = try database.migrate(Migrator(migrations)) { migration, from in
            announced.append((migration.version, migration.name, from, (try? self.userVersion(database)) ?? -1))
        }
        XCTAssertEqual(applied, [2, 3])
        XCTAssertEqual(announced.map(\.version), [2, 3])
        XCTAssertEqual(announced.map(\.name), ["add status", "seed"])
        XCTAssertEqual(announced.map(\.from), [1, 1], "the file's version before the call")
        XCTAssertEqual(announced.map(\.userVersion), [1, 2], "told before it runs")
        try database.migrate(Migrator(migrations)) { migration, _ in
            XCTFail("nothing pending, yet told of \(migration.version)")
        }
        var fresh: [Int] = []
        try makeDatabase("fresh.sqlite").migrate(Migrator(migrations)) { _, from in fresh.append(from) }
        XCTAssertEqual(fresh, [0, 0, 0], "a new file")
    }

    func test_migrate_throwsDatabaseNewerThanBuild_whenUserVersionIsHigher() throws {
        let database = try makeDatabase()
        try database.migrate(Migrator(migrations))
        try database.writeWithoutTransaction { try $0.execute(script: "PRAGMA user_version = 7") }
        XCTAssertThrowsError(try database.migrate(Migrator(migrations))) { error in
            guard case MigrationError.databaseNewerThanBuild(let found, let known) = error else {
                return XCTFail("got \(error)")
            }
            XCTAssertEqual(found, 7)
            XCTAssertEqual(known, 3)
        }
        database.close()
        XCTAssertThrowsError(try Database.open(path: path(), migrator: Migrator(migrations)))
    }

    func test_migrate_rollsBackFailingMigration_andKeepsEarlierOnes() throws {
        let database = try makeDatabase()
        let broken = migrations.prefix(1) + [
            Migration(version: 2, name: "broken",
                      sql: "CREATE TABLE extra (x INTEGER); INSERT INTO nowhere VALUES (1);"),
        ]
        XCTAssertThrowsError(try database.migrate(Migrator(Array(broken)))) { error in
            guard case MigrationError.failed(let version, let name, let underlying) = error else {
                return XCTFail("got \(error)")
            }
            XCTAssertEqual(version, 2)
            XCTAssertEqual(name, "broken")
            XCTAssertTrue(underlying is SQLiteError)
        }
        XCTAssertEqual(try userVersion(database), 1)
        let tables = try database.read { connection in
            try connection.query("SELECT name FROM sqlite_master WHERE type = 'table'").map { try $0[0] as String }
        }
        XCTAssertEqual(tables, ["org"])
    }

    func test_migrate_throwsInvalidVersion_whenNotIncreasing() throws {
        let database = try makeDatabase()
        let unordered = Migrator([migrations[1], migrations[0]])
        XCTAssertThrowsError(try database.migrate(unordered)) { error in
            guard case MigrationError.invalidVersion(1) = error else { return XCTFail("got \(error)") }
        }
        XCTAssertEqual(try userVersion(database), 0)
    }
}
