import Foundation
import SQLite
import XCTest

final class ErrorTests: SQLiteTestCase {
    private var database: Database!

    override func setUpWithError() throws {
        try super.setUpWithError()
        database = try makeDatabase()
        try database.write { try $0.execute(script: """
            CREATE TABLE org (id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE);
            CREATE TABLE unit (id INTEGER PRIMARY KEY, org INTEGER NOT NULL REFERENCES org (id),
                               size INTEGER CHECK (size >= 0));
            INSERT INTO org (id, number) VALUES (1, '310000001');
            """) }
    }

    private func writeError(_ sql: String, _ arguments: SQLiteArguments) -> SQLiteError? {
        assertSQLiteError(try database.write { try $0.execute(sql, arguments) })
    }

    func test_uniqueViolation_isTypedWithExtendedCodeMessageAndSQL() throws {
        let sql = "INSERT INTO org (number) VALUES (?)"
        let error = writeError(sql, ["310000001"])
        guard case .constraint(.unique, let context) = error else {
            return XCTFail("got \(String(describing: error))")
        }
        XCTAssertEqual(context.code, 19)
        XCTAssertEqual(context.extendedCode, 2067)
        XCTAssertEqual(context.message, "UNIQUE constraint failed: org.number")
        XCTAssertEqual(context.sql, sql)
        XCTAssertEqual(error?.isUniqueViolation, true)
        XCTAssertEqual(error?.isForeignKeyViolation, false)
    }

    func test_primaryKeyViolation_countsAsUniqueViolation() throws {
        let error = writeError("INSERT INTO org (id, number) VALUES (?, ?)", [1, "310000002"])
        guard case .constraint(.primaryKey, let context) = error else {
            return XCTFail("got \(String(describing: error))")
        }
        XCTAssertEqual(context.extendedCode, 1555)
        XCTAssertEqual(error?.isUniqueViolation, true)
    }

    func test_foreignKeyViolation_isTyped() throws {
        let error = writeError("INSERT INTO unit (org, size) VALUES (?, ?)", [99, 1])
        guard case .constraint(.foreignKey, let context) = error else {
            return XCTFail("got \(String(describing: error))")
        }
        XCTAssertEqual(context.extendedCode, 787)
        XCTAssertEqual(error?.isForeignKeyViolation, true)
    }

    func test_notNullViolation_isTyped() throws {
        let error = writeError("INSERT INTO org (number) VALUES (?)", [nil])
        guard case .constraint(.notNull, let context) = error else {
            return XCTFail("got \(String(describing: error))")
        }
        XCTAssertEqual(context.extendedCode, 1299)
        XCTAssertEqual(error?.isNotNullViolation, true)
    }

    func test_checkViolation_isTyped() throws {
        let error = writeError("INSERT INTO unit (org, size) VALUES (?, ?)", [1, -1])
        XCTAssertEqual(error?.isCheckViolation, true)
        XCTAssertEqual(error?.extendedCode, 275)
    }

    func test_write_throwsBusy_whenAnotherProcessHoldsTheWriteLock() throws {
        let other = try Database(path: path(), configuration: .init(busyTimeout: .milliseconds(100)))
        defer { other.close() }
        try database.write { _ in
            let start = ContinuousClock.now
            let error = assertSQLiteError(try other.write { try $0.execute("INSERT INTO org (number) VALUES ('x')") })
            guard case .busy(let context) = error else { return XCTFail("got \(String(describing: error))") }
            XCTAssertEqual(context.code, 5)
            XCTAssertEqual(error?.isBusy, true)
            XCTAssertGreaterThanOrEqual(ContinuousClock.now - start, .milliseconds(90))
        }
        try other.write { try $0.execute("INSERT INTO org (number) VALUES ('x')") }
    }

    func test_open_throwsNotADatabase_whenFileIsGarbage() throws {
        let garbage = path("garbage.sqlite")
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }
        XCTAssertTrue(FileManager.default.createFile(atPath: garbage, contents: Data(bytes)))
        let error = assertSQLiteError(try Database(path: garbage))
        guard case .notADatabase(let context) = error else { return XCTFail("got \(String(describing: error))") }
        XCTAssertEqual(context.code, 26)
        XCTAssertEqual(error?.isCorruption, true)
    }

    func test_integrityCheck_returnsOk_whenHealthy() throws {
        XCTAssertEqual(try database.integrityCheck(), ["ok"])
    }

    func test_integrityCheck_reportsDamage_whenPagesAreOverwritten() throws {
        let damaged = path("damaged.sqlite")
        let original = try Database(path: damaged)
        try original.write { connection in
            try connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)")
            try connection.execute("CREATE INDEX t_text ON t (text)")
            for index in 0..<2000 {
                try connection.execute("INSERT INTO t (text) VALUES (?)", ["row \(index) of some padding text"])
            }
        }
        original.close()
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: damaged))
        try handle.seek(toOffset: 4096 * 3)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 4096 * 4))
        try handle.close()

        let reopened = try Database(path: damaged)
        defer { reopened.close() }
        do {
            let messages = try reopened.integrityCheck()
            XCTAssertNotEqual(messages, ["ok"])
            XCTAssertFalse(messages.isEmpty)
        } catch let error as SQLiteError {
            XCTAssertTrue(error.isCorruption, "got \(error)")
        }
    }
}
