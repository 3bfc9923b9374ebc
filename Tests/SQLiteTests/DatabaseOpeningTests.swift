import Foundation
import SQLite
import XCTest

final class DatabaseOpeningTests: SQLiteTestCase {
    func test_writer_hasWALAndPragmas_whenOpened() throws {
        let database = try makeDatabase()
        try database.write { connection in
            XCTAssertEqual(try connection.journalMode, "wal")
            XCTAssertEqual(try connection.scalar("PRAGMA synchronous", as: Int.self), 1)
            XCTAssertEqual(try connection.scalar("PRAGMA foreign_keys", as: Int.self), 1)
            XCTAssertEqual(try connection.scalar("PRAGMA busy_timeout", as: Int.self), 1000)
        }
    }

    func test_reader_hasWALAndPragmas_whenOpened() throws {
        let database = try makeDatabase()
        try database.read { connection in
            XCTAssertEqual(connection.mode, .readOnly)
            XCTAssertEqual(try connection.journalMode, "wal")
            XCTAssertEqual(try connection.scalar("PRAGMA synchronous", as: Int.self), 1)
            XCTAssertEqual(try connection.scalar("PRAGMA foreign_keys", as: Int.self), 1)
            XCTAssertEqual(try connection.scalar("PRAGMA busy_timeout", as: Int.self), 1000)
        }
    }

    func test_readerMemoryMap_isSetOnReadersOnly_andOffByDefault() throws {
        let mapped = try Database(path: path("mapped.sqlite"),
                                  configuration: Database.Configuration(readerMemoryMapBytes: 1 << 20))
        defer { mapped.close() }
        XCTAssertEqual(try mapped.read { try $0.scalar("PRAGMA mmap_size", as: Int.self) }, 1 << 20)
        XCTAssertEqual(try mapped.write { try $0.scalar("PRAGMA mmap_size", as: Int.self) }, 0)
        let plain = try Database(path: path("plain.sqlite"))
        defer { plain.close() }
        XCTAssertEqual(try plain.read { try $0.scalar("PRAGMA mmap_size", as: Int.self) }, 0)
    }

    func test_busyTimeout_defaultsToFiveSeconds() throws {
        let database = try Database(path: path())
        defer { database.close() }
        XCTAssertEqual(try database.read { try $0.scalar("PRAGMA busy_timeout", as: Int.self) }, 5000)
    }

    func test_read_throwsReadOnly_whenWriting() throws {
        let database = try makeDatabase()
        try database.write { try $0.execute("CREATE TABLE t (x INTEGER)") }
        let error = assertSQLiteError(try database.read { try $0.execute("INSERT INTO t VALUES (1)") })
        guard case .readOnly(let context) = error else { return XCTFail("got \(String(describing: error))") }
        XCTAssertEqual(context.sql, "INSERT INTO t VALUES (1)")
    }

    func test_open_createsParentDirectories_whenMissing() throws {
        let nested = directory.appendingPathComponent("a/b/c.sqlite").path
        let database = try Database.open(path: nested)
        database.close()
        XCTAssertTrue(FileManager.default.fileExists(atPath: nested))
    }

    func test_init_throwsCantOpen_whenDirectoryMissing() throws {
        let error = assertSQLiteError(try Database(path: directory.appendingPathComponent("none/x.sqlite").path))
        guard case .cantOpen = error else { return XCTFail("got \(String(describing: error))") }
    }

    func test_close_makesLaterCallsThrowClosed() throws {
        let database = try Database(path: path())
        database.close()
        database.close()
        XCTAssertEqual(assertSQLiteError(try database.read { _ in 1 }), .closed)
        XCTAssertEqual(assertSQLiteError(try database.write { _ in 1 }), .closed)
    }

    func test_close_removesWALFile_afterCheckpoint() throws {
        let database = try Database(path: path())
        try database.write { try $0.execute("CREATE TABLE t (x INTEGER)") }
        _ = try database.read { try $0.query("SELECT * FROM t") }
        XCTAssertTrue(FileManager.default.fileExists(atPath: path() + "-wal"))
        database.close()
        XCTAssertFalse(FileManager.default.fileExists(atPath: path() + "-wal"))
    }

    func test_connectionClose_makesLaterCallsThrowClosed() throws {
        let connection = try Connection(path: path())
        try connection.execute("CREATE TABLE t (x INTEGER)")
        connection.close()
        XCTAssertTrue(connection.isClosed)
        XCTAssertEqual(assertSQLiteError(try connection.execute("SELECT 1")), .closed)
    }
}
