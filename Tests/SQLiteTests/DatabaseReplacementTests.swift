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

    func test_replaceFile_waitsForABatchHeldOnAnotherThread_thenServesTheNewFile() throws {
        let database = try makeDatabase()
        try database.write { try $0.execute("CREATE TABLE t (v TEXT)"); try $0.execute("INSERT INTO t VALUES ('old')") }
        let source = try makeFile("new.sqlite", value: "new")
        let holding = DispatchSemaphore(value: 0)
        let endBatch = DispatchSemaphore(value: 0)
        let replaced = Atomic<Bool>(false)
        let seen = Mutex<[String]>([])
        let batchDone = DispatchSemaphore(value: 0)
        let read: @Sendable () -> String? = {
            (try? database.readFirstRow("SELECT v FROM t", bind: { _ in }) { $0.text(at: 0) }) ?? nil
        }
        Thread {
            Database.batchReadsOnCurrentThread()
            seen.withLock { $0.append(read() ?? "-") }
            holding.signal()
            endBatch.wait()
            Database.endReadBatch()
            while !replaced.load(ordering: .acquiring) { usleep(1000) }
            seen.withLock { $0.append(read() ?? "-") }
            Database.endReadBatch()
            batchDone.signal()
        }.start()
        holding.wait()
        let replacing = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? database.replaceFile(with: source)
            replaced.store(true, ordering: .releasing)
            replacing.signal()
        }
        XCTAssertEqual(replacing.wait(timeout: .now() + 0.2), .timedOut, "replaceFile waits for the held reader")
        endBatch.signal()
        XCTAssertEqual(replacing.wait(timeout: .now() + 5), .success)
        XCTAssertEqual(batchDone.wait(timeout: .now() + 5), .success)
        XCTAssertEqual(seen.withLock { $0 }, ["old", "new"])
    }

    func test_replaceFile_keepsTheOldFile_whenTheSourceIsMissing() throws {
        let database = try makeDatabase()
        try database.write { try $0.execute("CREATE TABLE t (v TEXT)"); try $0.execute("INSERT INTO t VALUES ('old')") }
        XCTAssertThrowsError(try database.replaceFile(with: path("missing.sqlite")))
        XCTAssertEqual(try database.read { try $0.scalar("SELECT v FROM t", as: String.self) }, "old")
    }
}
