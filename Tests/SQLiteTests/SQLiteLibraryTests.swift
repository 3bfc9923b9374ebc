import CSQLite
@testable import SQLite
import XCTest

final class SQLiteLibraryTests: SQLiteTestCase {
    func test_memoryStatistics_areOff_onceAConnectionHasOpened() throws {
        let database = try makeDatabase()
        try database.write { try $0.execute(script: "CREATE TABLE t (x TEXT); INSERT INTO t VALUES (hex(randomblob(4096)));") }
        XCTAssertTrue(SQLiteLibrary.isConfigured)
        XCTAssertEqual(sqlite3_memory_used(), 0, "SQLite counts no allocations, so it takes no global lock for them")
    }
}
