import Foundation
import Synchronization

/// A service's SQLite database: one writer connection and a bounded pool of read-only reader
/// connections, in WAL mode, so reads run beside a write and each sees one committed snapshot.
///
/// Every method blocks: call it from a blocking worker pool, never from Swift's cooperative
/// pool. Any thread may call; writes are serialized, and reads wait when every reader is busy.
/// A `read` or `write` called inside another of the same kind on the same thread throws
/// `SQLiteError.nestedTransaction` instead of deadlocking (a `read` inside a `write` is fine
/// and sees the last commit, not the open write).
public final class Database: Sendable {
    public let path: String
    public let configuration: Configuration
    let writer: ConnectionPool
    let readers: ConnectionPool
    /// Counts the writes that have returned (and file replacements); a batched read transaction
    /// that began before the latest one ends (`ThreadReadBatch`).
    private let writes = Atomic<UInt64>(0)

    var writeGeneration: UInt64 { writes.load(ordering: .acquiring) }

    /// Opens the database at `path`, creating the file if needed (not its directory, see
    /// `open(path:configuration:migrator:)`), and switches it to WAL mode. Readers open lazily.
    public init(path: String, configuration: Configuration = Configuration()) throws {
        self.path = path
        self.configuration = configuration
        let writerConnection = try Self.openWriter(path: path, configuration: configuration)
        self.writer = ConnectionPool(capacity: 1, idle: [writerConnection]) {
            try Self.openWriter(path: path, configuration: configuration)
        }
        self.readers = ConnectionPool(capacity: configuration.maximumReaderCount) {
            try Self.openReader(path: path, configuration: configuration)
        }
    }

    private static func openWriter(path: String, configuration: Configuration) throws -> Connection {
        let connection = try Connection(path: path, mode: .readWriteCreate,
                                        statementCacheLimit: configuration.statementCacheLimit)
        do {
            try connection.applySettings(busyTimeout: configuration.busyTimeout, enableWAL: true)
        } catch {
            connection.close()
            throw error
        }
        return connection
    }

    private static func openReader(path: String, configuration: Configuration) throws -> Connection {
        let connection = try Connection(path: path, mode: .readOnly,
                                        statementCacheLimit: configuration.statementCacheLimit)
        do {
            try connection.applySettings(busyTimeout: configuration.busyTimeout, enableWAL: false)
            if configuration.readerMemoryMapBytes > 0 {
                try connection.execute("PRAGMA mmap_size = \(configuration.readerMemoryMapBytes)")
            }
        } catch {
            connection.close()
            throw error
        }
        return connection
    }

    /// Runs `body` in an IMMEDIATE transaction on the writer: commits when it returns, rolls
    /// back and rethrows when it throws.
    public func write<Result>(_ body: (Connection) throws -> Result) throws -> Result {
        defer { noteWrite() }
        return try writer.withConnection { try $0.transaction(.immediate, body) }
    }

    /// Lends the writer without opening a transaction, for work that manages its own
    /// (migrations, VACUUM, batched imports committing every N rows).
    public func writeWithoutTransaction<Result>(_ body: (Connection) throws -> Result) throws -> Result {
        defer { noteWrite() }
        return try writer.withConnection { connection in
            defer { connection.rollback() }  // never hand back a transaction left open
            return try body(connection)
        }
    }

    /// Runs `body` on a read-only reader in a DEFERRED transaction, so all its queries see the
    /// snapshot of the first one, whatever commits meanwhile.
    public func read<Result>(_ body: (Connection) throws -> Result) throws -> Result {
        ThreadReadBatch.current?.release(self)
        return try readers.withConnection { try $0.transaction(.deferred, body) }
    }

    func noteWrite() {
        writes.add(1, ordering: .releasing)
    }

    /// Closes every connection (finalizing their cached statements first), waiting for reads
    /// and writes in progress on other threads. Later calls throw `SQLiteError.closed`.
    public func close() {
        ThreadReadBatch.current?.release(self)
        readers.close()
        writer.close()
    }
}
