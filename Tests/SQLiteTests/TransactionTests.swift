import Foundation
import SQLite
import XCTest

final class TransactionTests: SQLiteTestCase {
    private struct Failure: Error {}
    private var database: Database!

    override func setUpWithError() throws {
        try super.setUpWithError()
        database = try makeDatabase()
        try database.write { try $0.execute("CREATE TABLE t (x INTEGER UNIQUE)") }
    }

    private func count() throws -> Int {
        try database.read { try $0.scalar("SELECT count(*) FROM t", as: Int.self) } ?? -1
    }

    func test_write_commits_whenBodyReturns() throws {
        let result = try database.write { connection -> Int64 in
            try connection.execute("INSERT INTO t (x) VALUES (?)", [1])
            return connection.lastInsertRowID
        }
        XCTAssertEqual(result, 1)
        XCTAssertEqual(try count(), 1)
    }

    func test_write_rollsBackEverything_whenBodyThrows() throws {
        XCTAssertThrowsError(try database.write { connection in
            try connection.execute("INSERT INTO t (x) VALUES (?)", [1])
            try connection.execute("INSERT INTO t (x) VALUES (?)", [2])
            throw Failure()
        }) { XCTAssertTrue($0 is Failure) }
        XCTAssertEqual(try count(), 0)
        try database.writeWithoutTransaction { XCTAssertFalse($0.isInTransaction) }
    }

    func test_write_rollsBack_whenAStatementFails() throws {
        let error = assertSQLiteError(try database.write { connection in
            try connection.execute("INSERT INTO t (x) VALUES (?)", [1])
            try connection.execute("INSERT INTO t (x) VALUES (?)", [1])
        })
        XCTAssertEqual(error?.isUniqueViolation, true)
        XCTAssertEqual(try count(), 0)
    }

    func test_write_staysSafe_whenBodyRollsBackItself() throws {
        XCTAssertThrowsError(try database.write { connection in
            try connection.execute("INSERT INTO t (x) VALUES (?)", [1])
            try connection.execute("ROLLBACK")
            throw Failure()
        })
        XCTAssertEqual(try count(), 0)
        try database.write { try $0.execute("INSERT INTO t (x) VALUES (?)", [2]) }
        XCTAssertEqual(try count(), 1)
    }

    func test_nestedWrite_throwsNestedTransaction_andOuterStillCommits() throws {
        try database.write { connection in
            try connection.execute("INSERT INTO t (x) VALUES (?)", [1])
            XCTAssertEqual(assertSQLiteError(try database.write { _ in }), .nestedTransaction)
            XCTAssertEqual(assertSQLiteError(try connection.transaction { _ in }), .nestedTransaction)
        }
        XCTAssertEqual(try count(), 1)
    }

    func test_nestedRead_throwsNestedTransaction() throws {
        try database.read { _ in
            XCTAssertEqual(assertSQLiteError(try database.read { _ in }), .nestedTransaction)
        }
    }

    func test_readInsideWrite_seesLastCommitNotTheOpenWrite() throws {
        try database.write { connection in
            try connection.execute("INSERT INTO t (x) VALUES (?)", [1])
            XCTAssertEqual(try count(), 0)
        }
        XCTAssertEqual(try count(), 1)
    }

    func test_savepoint_undoesOnlyItsOwnChanges_whenItThrows() throws {
        try database.write { connection in
            try connection.execute("INSERT INTO t (x) VALUES (?)", [1])
            let error = assertSQLiteError(try connection.savepoint { connection in
                try connection.execute("INSERT INTO t (x) VALUES (?)", [2])
                try connection.execute("INSERT INTO t (x) VALUES (?)", [1])
            })
            XCTAssertEqual(error?.isUniqueViolation, true)
            try connection.savepoint { try $0.execute("INSERT INTO t (x) VALUES (?)", [3]) }
        }
        let values = try database.read { try $0.query("SELECT x FROM t ORDER BY x").map { try $0[0] as Int } }
        XCTAssertEqual(values, [1, 3])
    }

    func test_writeWithoutTransaction_rollsBackATransactionLeftOpen() throws {
        try database.writeWithoutTransaction { connection in
            try connection.execute("BEGIN")
            try connection.execute("INSERT INTO t (x) VALUES (?)", [1])
        }
        XCTAssertEqual(try count(), 0)
        try database.write { try $0.execute("INSERT INTO t (x) VALUES (?)", [2]) }
        XCTAssertEqual(try count(), 1)
    }

    func test_read_seesOneSnapshot_whenAWriteCommitsMeanwhile() throws {
        try database.write { try $0.execute("INSERT INTO t (x) VALUES (?)", [1]) }
        let counts = try database.read { connection -> [Int] in
            let first = try connection.scalar("SELECT count(*) FROM t", as: Int.self) ?? -1
            try database.write { try $0.execute("INSERT INTO t (x) VALUES (?)", [2]) }
            let second = try connection.scalar("SELECT count(*) FROM t", as: Int.self) ?? -1
            return [first, second]
        }
        XCTAssertEqual(counts, [1, 1])
        XCTAssertEqual(try count(), 2)
    }
}
