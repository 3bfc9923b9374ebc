import Foundation
import SQLite
import XCTest

/// `Database.batchReadsOnCurrentThread` / `endReadBatch`: an event loop thread keeps one reader with its
/// read transaction open across `readFirstRow` calls, and still sees every write that has returned.
final class ReadBatchTests: SQLiteTestCase {
    private var database: Database!

    override func setUpWithError() throws {
        try super.setUpWithError()
        database = try makeDatabase(configuration: .init(maximumReaderCount: 1, busyTimeout: .milliseconds(1000)))
        try database.write { connection in
            try connection.execute("CREATE TABLE doc (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
            try connection.execute("INSERT INTO doc VALUES (1, 'Kari')")
        }
    }

    func test_batchedReads_seeEveryWriteThatReturned() throws {
        try onBatchingThread(database) { database in
            XCTAssertEqual(try Self.name(database), "Kari")
            try database.write { try $0.execute("UPDATE doc SET name = 'Ola' WHERE id = 1") }
            XCTAssertEqual(try Self.name(database), "Ola", "a write through this database ends the held snapshot")
        }
    }

    func test_batchedReads_keepOneSnapshot_untilTheBatchEnds() throws {
        // A second Database on the same file stands for a writer this one does not know of: its write is
        // not seen until the batch ends, which shows the read transaction really is held.
        let other = try makeDatabase()
        try onBatchingThread(database) { database in
            XCTAssertEqual(try Self.name(database), "Kari")
            try other.write { try $0.execute("UPDATE doc SET name = 'Per' WHERE id = 1") }
            XCTAssertEqual(try Self.name(database), "Kari")
            Database.endReadBatch()
            XCTAssertEqual(try Self.name(database), "Per")
        }
    }

    func test_endReadBatch_returnsTheReader_toOtherThreads() throws {
        // One reader in all: another thread can read only once the batch has given it back.
        let otherThreadRead = DispatchSemaphore(value: 0)
        try onBatchingThread(database) { database in
            XCTAssertEqual(try Self.name(database), "Kari")
            Database.endReadBatch()
            DispatchQueue.global().async {
                XCTAssertEqual(try? Self.name(database), "Kari")
                otherThreadRead.signal()
            }
            XCTAssertEqual(otherThreadRead.wait(timeout: .now() + 2), .success)
        }
    }

    func test_readAndReadFirstRow_mix_onABatchingThread() throws {
        try onBatchingThread(database) { database in
            XCTAssertEqual(try Self.name(database), "Kari")
            let count = try database.read { try $0.scalar("SELECT count(*) FROM doc", as: Int.self) }
            XCTAssertEqual(count, 1, "read gives the held reader back instead of failing as nested")
            XCTAssertEqual(try Self.name(database), "Kari")
        }
    }

    func test_failedBatchedRead_releasesTheReader() throws {
        try onBatchingThread(database) { database in
            XCTAssertThrowsError(try database.readFirstRow("SELECT nope FROM doc", bind: { _ in }) { $0.text(at: 0) })
            // The only reader came back: a read in a transaction of its own works.
            XCTAssertEqual(try database.read { try $0.scalar("SELECT name FROM doc", as: String.self) }, "Kari")
        }
    }

    func test_threadsThatDoNotBatch_readInAutocommitMode() throws {
        XCTAssertEqual(try Self.name(database), "Kari")
        let other = try makeDatabase()
        try other.write { try $0.execute("UPDATE doc SET name = 'Per' WHERE id = 1") }
        XCTAssertEqual(try Self.name(database), "Per")
    }

    func test_close_onABatchingThread_releasesItsReader_first() throws {
        try onBatchingThread(database) { database in
            XCTAssertEqual(try Self.name(database), "Kari")
            database.close()  // would wait forever for its own held reader
            XCTAssertThrowsError(try Self.name(database))
        }
    }

    private static func name(_ database: Database) throws -> String? {
        try database.readFirstRow("SELECT name FROM doc WHERE id = 1", bind: { _ in }) { $0.text(at: 0) } ?? nil
    }

    /// Runs `body` on a new thread that batches its reads, and ends its batch afterwards.
    private func onBatchingThread(_ database: Database, _ body: @escaping @Sendable (Database) throws -> Void) throws {
        let finished = DispatchSemaphore(value: 0)
        let failure = ErrorBox()
        let thread = Thread {
            Database.batchReadsOnCurrentThread()
            do { try body(database) } catch { failure.error = error }
            Database.endReadBatch()
            finished.signal()
        }
        thread.start()
        XCTAssertEqual(finished.wait(timeout: .now() + 10), .success, "the batching thread did not finish")
        if let error = failure.error { throw error }
    }
}

private final class ErrorBox: @unchecked Sendable {
    var error: (any Error)?
}
