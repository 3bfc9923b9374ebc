import Foundation
import SQLite
import XCTest

final class StatementCacheTests: SQLiteTestCase {
    func test_sameSQL_isPreparedOnce() throws {
        let connection = try Connection(path: path())
        defer { connection.close() }
        try connection.execute("CREATE TABLE t (x INTEGER)")
        let before = connection.preparedStatementCount
        for value in 0..<100 {
            try connection.execute("INSERT INTO t (x) VALUES (?)", [value])
        }
        XCTAssertEqual(connection.preparedStatementCount, before + 1)
        _ = try connection.query("SELECT x FROM t")
        _ = try connection.query("SELECT x FROM t")
        XCTAssertEqual(connection.preparedStatementCount, before + 2)
        XCTAssertEqual(try connection.scalar("SELECT count(*) FROM t", as: Int.self), 100)
    }

    func test_bindings_areClearedAfterUse() throws {
        let connection = try Connection(path: path())
        defer { connection.close() }
        XCTAssertEqual(try connection.scalar("SELECT ?", ["secret"], as: String.self), "secret")
        let leftover = try connection.withStatement("SELECT ?") { statement -> SQLiteValue in
            _ = try statement.step()
            return statement.value(at: 0)
        }
        XCTAssertEqual(leftover, .null)
    }

    func test_nestedUseOfSameSQL_getsItsOwnStatement() throws {
        let connection = try Connection(path: path())
        defer { connection.close() }
        try connection.execute(script: "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (3);")
        let sql = "SELECT x FROM t WHERE x >= ? ORDER BY x"
        var pairs: [[Int]] = []
        try connection.forEachRow(sql, [1]) { outer in
            let x = try outer[0] as Int
            let inner = try connection.query(sql, [x]).map { try $0[0] as Int }
            pairs.append([x] + inner)
        }
        XCTAssertEqual(pairs, [[1, 1, 2, 3], [2, 2, 3], [3, 3]])
    }

    func test_cacheLimit_dropsIdleStatements_whenFull() throws {
        let connection = try Connection(path: path(), statementCacheLimit: 2)
        defer { connection.close() }
        let before = connection.preparedStatementCount
        for sql in ["SELECT 1", "SELECT 2", "SELECT 3", "SELECT 1"] {
            _ = try connection.scalar(sql, as: Int.self)
        }
        XCTAssertEqual(connection.preparedStatementCount, before + 4)
    }

    func test_clearStatementCache_makesNextUsePrepareAgain() throws {
        let connection = try Connection(path: path())
        defer { connection.close() }
        _ = try connection.scalar("SELECT 1", as: Int.self)
        connection.clearStatementCache()
        _ = try connection.scalar("SELECT 1", as: Int.self)
        XCTAssertEqual(connection.preparedStatementCount, 2)
    }
}
