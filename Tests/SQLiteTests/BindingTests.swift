import Foundation
import SQLite
import XCTest

final class BindingTests: SQLiteTestCase {
    private var connection: Connection!

    override func setUpWithError() throws {
        try super.setUpWithError()
        connection = try Connection(path: path())
        try connection.execute("CREATE TABLE value (v)")  // no affinity: values keep their class
    }

    override func tearDownWithError() throws {
        connection.close()
        try super.tearDownWithError()
    }

    /// Stores `value` and reads it back as the same type, checking the storage class.
    private func roundTrip<Value: SQLiteValueConvertible & Equatable>(
        _ value: Value, storedAs storageClass: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        try connection.execute("DELETE FROM value")
        try connection.execute("INSERT INTO value (v) VALUES (?)", [value])
        let row = try XCTUnwrap(try connection.queryOne("SELECT v, typeof(v) FROM value"))
        XCTAssertEqual(try row[0] as Value, value, file: file, line: line)
        XCTAssertEqual(try row[1] as String, storageClass.lowercased(), file: file, line: line)
    }

    func test_integers_roundTrip() throws {
        try roundTrip(0, storedAs: "INTEGER")
        try roundTrip(Int.max, storedAs: "INTEGER")
        try roundTrip(Int.min, storedAs: "INTEGER")
        try roundTrip(Int64(-42), storedAs: "INTEGER")
        try roundTrip(Int32.max, storedAs: "INTEGER")
    }

    func test_doubles_roundTrip() throws {
        try roundTrip(3.141592653589793, storedAs: "REAL")
        try roundTrip(-0.5, storedAs: "REAL")
        try roundTrip(Double.greatestFiniteMagnitude, storedAs: "REAL")
    }

    func test_bools_roundTripAsIntegers() throws {
        try roundTrip(true, storedAs: "INTEGER")
        try roundTrip(false, storedAs: "INTEGER")
        XCTAssertEqual(try connection.scalar("SELECT v FROM value", as: Int.self), 0)
    }

    func test_strings_roundTrip_includingUnicodeEmptyAndNUL() throws {
        try roundTrip("Blåbærsyltetøy", storedAs: "TEXT")
        try roundTrip("👩‍👩‍👧 e\u{301} 日本語", storedAs: "TEXT")
        try roundTrip("", storedAs: "TEXT")
        try roundTrip("a\u{0}b", storedAs: "TEXT")
        try roundTrip(String(repeating: "x", count: 100_000), storedAs: "TEXT")
    }

    func test_blobs_roundTrip_includingEmpty() throws {
        try roundTrip((0...255).map { UInt8($0) }, storedAs: "BLOB")
        try roundTrip([UInt8](), storedAs: "BLOB")
        try roundTrip(Data([0, 1, 2, 0xFF]), storedAs: "BLOB")
        try roundTrip(Data(), storedAs: "BLOB")
    }

    func test_nilAndOptionals_bindNull() throws {
        let missing: String? = nil
        try connection.execute("INSERT INTO value (v) VALUES (?), (?), (?)", [nil, missing, Optional(7)])
        let rows = try connection.query("SELECT v FROM value ORDER BY rowid")
        XCTAssertEqual(try rows.map { try $0[0] as Int? }, [nil, nil, 7])
        XCTAssertEqual(try rows[0].value(at: 0), .null)
    }

    func test_sqliteValues_roundTrip() throws {
        let values: [SQLiteValue] = [.null, .integer(5), .real(2.5), .text("t"), .blob([1])]
        for value in values {
            try roundTrip(value, storedAs: value.storageClass)
        }
    }

    func test_read_throwsTypeMismatch_whenNullReadAsNonOptional() throws {
        try connection.execute("INSERT INTO value (v) VALUES (NULL)")
        let row = try XCTUnwrap(try connection.queryOne("SELECT v FROM value"))
        let error = assertSQLiteError(try row[0] as Int)
        XCTAssertEqual(error, .typeMismatch(column: "v", expected: "Int", actual: "NULL"))
        XCTAssertNil(try row["v"] as String?)
    }

    func test_read_throwsTypeMismatch_whenClassDiffers() throws {
        try connection.execute("INSERT INTO value (v) VALUES (?)", ["12"])
        let row = try XCTUnwrap(try connection.queryOne("SELECT v FROM value"))
        XCTAssertEqual(assertSQLiteError(try row[0] as Int),
                       .typeMismatch(column: "v", expected: "Int", actual: "TEXT"))
        XCTAssertEqual(assertSQLiteError(try row[0] as Int?),
                       .typeMismatch(column: "v", expected: "Optional<Int>", actual: "TEXT"))
    }

    func test_read_throwsTypeMismatch_whenIntegerOverflowsInt32() throws {
        try connection.execute("INSERT INTO value (v) VALUES (?)", [Int64(Int32.max) + 1])
        let row = try XCTUnwrap(try connection.queryOne("SELECT v FROM value"))
        XCTAssertNotNil(assertSQLiteError(try row[0] as Int32))
    }

    func test_readByName_matchesCaseInsensitively_andThrowsForUnknownColumn() throws {
        try connection.execute("INSERT INTO value (v) VALUES (?)", [1])
        let row = try XCTUnwrap(try connection.queryOne("SELECT v AS Amount FROM value"))
        XCTAssertEqual(try row["Amount"] as Int, 1)
        XCTAssertEqual(try row["amount"] as Int, 1)
        XCTAssertEqual(assertSQLiteError(try row["missing"] as Int), .columnNotFound("missing"))
        XCTAssertEqual(assertSQLiteError(try row[5] as Int), .columnNotFound("5"))
    }

    func test_statementBind_bindsTypedValuesByIndex() throws {
        try connection.withStatement("INSERT INTO value (v) VALUES (?1 || ?2)") { statement in
            try statement.bind("a", at: 1)
            try statement.bind(7, at: 2)
            XCTAssertFalse(try statement.step())
        }
        XCTAssertEqual(try connection.scalar("SELECT v FROM value", as: String.self), "a7")
    }
}
