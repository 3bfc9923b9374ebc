import Dispatch
import Foundation
import SQLite
import Synchronization
import XCTest

final class ConcurrencyTests: SQLiteTestCase {
    private var database: Database!

    override func setUpWithError() throws {
        try super.setUpWithError()
        database = try makeDatabase()
        try database.write { connection in
            try connection.execute("CREATE TABLE t (x INTEGER)")
            try connection.execute("INSERT INTO t (x) VALUES (?)", [1])
        }
    }

    func test_readers_seeOldSnapshotWithoutWaiting_duringALongWrite() throws {
        let database = try XCTUnwrap(database)
        let writeStarted = DispatchSemaphore(value: 0)
        let writeCommitted = Atomic<Bool>(false)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            try? database.write { connection in
                try connection.execute("INSERT INTO t (x) VALUES (?)", [2])
                writeStarted.signal()
                writeStarted.signal()
                Thread.sleep(forTimeInterval: 0.4)
            }
            writeCommitted.store(true, ordering: .sequentiallyConsistent)
        }
        let observations = Mutex<[(count: Int, duringWrite: Bool)]>([])
        for _ in 0..<2 {
            DispatchQueue.global().async(group: group) {
                writeStarted.wait()
                let count = (try? database.read { try $0.scalar("SELECT count(*) FROM t", as: Int.self) }) ?? nil
                let duringWrite = !writeCommitted.load(ordering: .sequentiallyConsistent)
                observations.withLock { $0.append((count ?? -1, duringWrite)) }
            }
        }
        XCTAssertEqual(group.wait(timeout: .now() + 5), .success)
        let seen = observations.withLock { $0 }
        XCTAssertEqual(seen.map(\.count), [1, 1])
        XCTAssertEqual(seen.map(\.duringWrite), [true, true])
        XCTAssertEqual(try database.read { try $0.scalar("SELECT count(*) FROM t", as: Int.self) }, 2)
    }

    func test_writes_areSerialized_whenCalledFromManyThreads() throws {
        let database = try XCTUnwrap(database)
        let failures = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<25 {
                do {
                    try database.write { connection in
                        let current = try connection.scalar("SELECT max(x) FROM t", as: Int.self) ?? 0
                        try connection.execute("INSERT INTO t (x) VALUES (?)", [current + 1])
                    }
                } catch {
                    failures.add(1, ordering: .relaxed)
                }
            }
        }
        XCTAssertEqual(failures.load(ordering: .relaxed), 0)
        let (count, distinct) = try database.read { connection in
            (try connection.scalar("SELECT count(*) FROM t", as: Int.self),
             try connection.scalar("SELECT count(DISTINCT x) FROM t", as: Int.self))
        }
        XCTAssertEqual(count, 201)
        XCTAssertEqual(distinct, 201)
    }

    func test_readers_wait_whenPoolIsExhausted() throws {
        let database = try makeDatabase("small.sqlite", configuration: .init(maximumReaderCount: 1))
        let firstHolds = DispatchSemaphore(value: 0)
        let order = Mutex<[String]>([])
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            try? database.read { _ in
                firstHolds.signal()
                Thread.sleep(forTimeInterval: 0.2)
                order.withLock { $0.append("first done") }
            }
        }
        DispatchQueue.global().async(group: group) {
            firstHolds.wait()
            try? database.read { _ in order.withLock { $0.append("second ran") } }
        }
        XCTAssertEqual(group.wait(timeout: .now() + 5), .success)
        XCTAssertEqual(order.withLock { $0 }, ["first done", "second ran"])
    }

    func test_close_waitsForReadInProgress_thenLaterReadsThrowClosed() throws {
        let database = try Database(path: path("closing.sqlite"))
        let reading = DispatchSemaphore(value: 0)
        let readFinished = Atomic<Bool>(false)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            try? database.read { _ in
                reading.signal()
                Thread.sleep(forTimeInterval: 0.2)
                readFinished.store(true, ordering: .sequentiallyConsistent)
            }
        }
        reading.wait()
        database.close()
        XCTAssertTrue(readFinished.load(ordering: .sequentiallyConsistent))
        XCTAssertEqual(assertSQLiteError(try database.read { _ in }), .closed)
        XCTAssertEqual(group.wait(timeout: .now() + 5), .success)
    }
}
