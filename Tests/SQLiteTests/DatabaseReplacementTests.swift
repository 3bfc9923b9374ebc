import Foundation
import SQLite
import Synchronization
import XCTest

/// `Database.replaceFile(with:)`: a replica installing a downloaded snapshot (`registry.md` §8).
final class DatabaseReplacementTests: SQLiteTestCase {
    private func makeFile(_ name: String, value: String) throws -> String {
        let database = try Database(path: path(name))
        try database.write { try $0.execute("CREATE TABLE t (v TEXT)"); try $0.execute("INSERT INTO t VALUES (?)", [value]) }
        database.close()
        return path(name)
    }

    func test_replaceFile_servesTheNewFile_andDropsTheOldWAL() throws {
        let database = try makeDatabase()
        try database.write { connection in
            try connection.execute("CREATE TABLE t (v TEXT)")
            try connection.execute("INSERT INTO t VALUES ('old')")
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: path() + "-wal"), "the old file has a WAL")
        let source = try makeFile("new.sqlite", value: "new")

        try database.replaceFile(with: source)

        XCTAssertFalse(FileManager.default.fileExists(atPath: source))
        XCTAssertEqual(try database.read { try $0.scalar("SELECT group_concat(v) FROM t", as: String.self) }, "new")
        try database.write { try $0.execute("INSERT INTO t VALUES ('after')") }
        XCTAssertEqual(try database.read { try $0.scalar("SELECT count(*) FROM t", as: Int.self) }, 2)
    }

    func test_replaceFile_letsConcurrentReadsWait_insteadOfFailing() throws {
        let database = try makeDatabase()
        try database.write { try $0.execute("CREATE TABLE t (v TEXT)"); try $0.execute("INSERT INTO t VALUES ('old')") }
        let sources = try (0..<5).map { try makeFile("new\($0).sqlite", value: "new\($0)") }
        let failures = Atomic<Int>(0)
        let stop = Atomic<Bool>(false)
        let readers = DispatchGroup()
        for _ in 0..<4 {
            DispatchQueue.global().async(group: readers) {
                while !stop.load(ordering: .relaxed) {
                    do { _ = try database.read { try $0.scalar("SELECT v FROM t", as: String.self) } } catch {
                        failures.add(1, ordering: .relaxed)
                    }
                }
            }
        }
        for source in sources { try database.replaceFile(with: source) }
        stop.store(true, ordering: .relaxed)
        readers.wait()
        XCTAssertEqual(failures.load(ordering: .relaxed), 0)
        XCTAssertEqual(try database.read { try $0.scalar("SELECT v FROM t", as: String.self) }, "new4")
    }

    func test_replaceFile_keepsTheOldFile_whenTheSourceIsMissing() throws {
        let database = try makeDatabase()
        try database.write { try $0.execute("CREATE TABLE t (v TEXT)"); try $0.execute("INSERT INTO t VALUES ('old')") }
        XCTAssertThrowsError(try database.replaceFile(with: path("missing.sqlite")))
        XCTAssertEqual(try database.read { try $0.scalar("SELECT v FROM t", as: String.self) }, "old")
    }
}
