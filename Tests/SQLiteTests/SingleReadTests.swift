import Foundation
import SQLite
import XCTest

/// `Database.readFirstRow` (one statement, no BEGIN/COMMIT) and the typed column reads it uses.
final class SingleReadTests: SQLiteTestCase {
    private var database: Database!

    override func setUpWithError() throws {
        try super.setUpWithError()
        database = try makeDatabase()
        try database.write { connection in
            try connection.execute("CREATE TABLE doc (id INTEGER PRIMARY KEY, name TEXT, body TEXT, raw BLOB, n INTEGER)")
            try connection.execute("INSERT INTO doc VALUES (?, ?, ?, ?, ?)", [7, "Kåre", #"{"a":"ø"}"#, [UInt8]([0, 255]), 42])
            try connection.execute("INSERT INTO doc VALUES (?, ?, NULL, NULL, NULL)", [8, ""])
        }
    }

    func test_readFirstRow_readsTypedColumns_withoutDecodingBytes() throws {
        let row = try database.readFirstRow("SELECT name, body, raw, n FROM doc WHERE id = ?",
                                            bind: { try $0.bind(Int64(7), at: 1) }) { statement in
            (statement.text(at: 0), statement.bytes(at: 1), statement.bytes(at: 2), statement.int64(at: 3))
        }
        let (name, body, raw, number) = try XCTUnwrap(row)
        XCTAssertEqual(name, "Kåre")
        XCTAssertEqual(body, Array(#"{"a":"ø"}"#.utf8))
        XCTAssertEqual(raw, [0, 255])
        XCTAssertEqual(number, 42)
    }

    func test_readFirstRow_returnsNil_whenNoRowMatches() throws {
        let row = try database.readFirstRow("SELECT name FROM doc WHERE id = ?",
                                            bind: { try $0.bind(Int64(99), at: 1) }) { $0.text(at: 0) ?? "" }
        XCTAssertNil(row)
    }

    func test_typedColumns_readNullAndWrongTypesAsNil_andEmptyTextAsEmpty() throws {
        let row = try database.readFirstRow("SELECT name, body, raw, n, id FROM doc WHERE id = 8", bind: { _ in }) { statement in
            (statement.text(at: 0), statement.bytes(at: 1), statement.isNull(at: 2), statement.int64(at: 3),
             statement.text(at: 4), statement.text(at: 9))
        }
        let (name, body, rawIsNull, number, idAsText, outOfRange) = try XCTUnwrap(row)
        XCTAssertEqual(name, "")
        XCTAssertNil(body)
        XCTAssertTrue(rawIsNull)
        XCTAssertNil(number)
        XCTAssertNil(idAsText, "an INTEGER column does not read as text")
        XCTAssertNil(outOfRange)
    }

    func test_readFirstRow_seesLatestCommit_andLeavesNoTransactionOpen() throws {
        func name() throws -> String? {
            try database.readFirstRow("SELECT name FROM doc WHERE id = 7", bind: { _ in }) { $0.text(at: 0) } ?? nil
        }
        XCTAssertEqual(try name(), "Kåre")
        try database.write { try $0.execute("UPDATE doc SET name = 'Ola' WHERE id = 7") }
        XCTAssertEqual(try name(), "Ola")
        // A reader left inside a transaction would fail the nested BEGIN of `read`.
        XCTAssertEqual(try database.read { try $0.scalar("SELECT count(*) FROM doc", as: Int.self) }, 2)
    }
}
