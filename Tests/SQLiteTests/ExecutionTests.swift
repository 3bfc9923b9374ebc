import Foundation
import SQLite
import XCTest

final class ExecutionTests: SQLiteTestCase {
    private var connection: Connection!

    override func setUpWithError() throws {
        try super.setUpWithError()
        connection = try Connection(path: path())
        try connection.execute(script: """
            CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER);
            -- a comment between statements
            INSERT INTO person (name, age) VALUES ('Kari', 41);
            INSERT INTO person (name, age) VALUES ('Ola', NULL);
            """)
    }

    override func tearDownWithError() throws {
        connection.close()
        try super.tearDownWithError()
    }

    func test_executeScript_runsEveryStatement() throws {
        XCTAssertEqual(try connection.scalar("SELECT count(*) FROM person", as: Int.self), 2)
    }

    func test_execute_throwsMisuse_whenSQLHoldsTwoStatements() throws {
        let error = assertSQLiteError(try connection.execute("DELETE FROM person; DELETE FROM person"))
        guard case .misuse = error else { return XCTFail("got \(String(describing: error))") }
        XCTAssertEqual(try connection.scalar("SELECT count(*) FROM person", as: Int.self), 2)
    }

    func test_execute_acceptsTrailingSemicolonAndComment() throws {
        try connection.execute("DELETE FROM person WHERE name = ?; -- done", ["Ola"])
        XCTAssertEqual(try connection.scalar("SELECT count(*) FROM person", as: Int.self), 1)
    }

    func test_execute_throwsArgumentCount_whenArgumentsMissing() throws {
        let sql = "INSERT INTO person (name, age) VALUES (?, ?)"
        let error = assertSQLiteError(try connection.execute(sql, ["x"]))
        XCTAssertEqual(error, .argumentCount(expected: 2, actual: 1, sql: sql))
    }

    func test_execute_throwsOtherWithSQL_whenSyntaxIsWrong() throws {
        let error = assertSQLiteError(try connection.execute("SELEC 1"))
        guard case .other(let context) = error else { return XCTFail("got \(String(describing: error))") }
        XCTAssertEqual(context.code, 1)
        XCTAssertEqual(context.sql, "SELEC 1")
        XCTAssertTrue(context.message.contains("syntax error"), context.message)
    }

    func test_lastInsertRowIDAndChanges_reportTheLastStatement() throws {
        try connection.execute("INSERT INTO person (name) VALUES (?)", ["Per"])
        XCTAssertEqual(connection.lastInsertRowID, 3)
        try connection.execute("UPDATE person SET age = ?", [1])
        XCTAssertEqual(connection.changes, 3)
    }

    func test_query_returnsRowsInOrder() throws {
        let rows = try connection.query("SELECT name, age FROM person ORDER BY id")
        XCTAssertEqual(rows.count, 2)
        XCTAssertEqual(rows[0].columnNames, ["name", "age"])
        XCTAssertEqual(try rows[0]["name"] as String, "Kari")
        XCTAssertEqual(try rows[1]["age"] as Int?, nil)
    }

    func test_queryOne_returnsNil_whenNoRow() throws {
        XCTAssertNil(try connection.queryOne("SELECT * FROM person WHERE id = ?", [99]))
        XCTAssertEqual(try connection.queryOne("SELECT name FROM person WHERE id = ?", [2])?[0] as String?, "Ola")
    }

    func test_scalar_returnsNil_whenNoRowOrNull() throws {
        XCTAssertNil(try connection.scalar("SELECT age FROM person WHERE id = ?", [99], as: Int.self))
        XCTAssertNil(try connection.scalar("SELECT age FROM person WHERE id = ?", [2], as: Int.self))
        XCTAssertEqual(try connection.scalar("SELECT age FROM person WHERE id = ?", [1], as: Int.self), 41)
    }

    func test_forEachRow_streamsEveryRow_andKeptRowsStayIntact() throws {
        try connection.execute("DELETE FROM person")
        try connection.transaction { connection in
            for index in 0..<1000 {
                try connection.execute("INSERT INTO person (name, age) VALUES (?, ?)", ["p\(index)", index])
            }
        }
        var kept: [Row] = []
        var sum = 0
        try connection.forEachRow("SELECT name, age FROM person ORDER BY id") { row in
            sum += try row["age"] as Int
            if kept.count < 3 { kept.append(row) }
        }
        XCTAssertEqual(sum, 999 * 1000 / 2)
        XCTAssertEqual(try kept.map { try $0[0] as String }, ["p0", "p1", "p2"])
    }

    func test_forEachRow_stopsAndRethrows_whenBodyThrows() throws {
        struct Stop: Error {}
        var seen = 0
        XCTAssertThrowsError(try connection.forEachRow("SELECT * FROM person") { _ in
            seen += 1
            throw Stop()
        }) { XCTAssertTrue($0 is Stop) }
        XCTAssertEqual(seen, 1)
        XCTAssertEqual(try connection.query("SELECT * FROM person").count, 2)
    }
}
