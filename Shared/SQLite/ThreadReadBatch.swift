import Foundation

/// The readers one thread keeps between its reads until `Database.endReadBatch()`: one per database,
/// each with its read transaction open, so a burst of single-row reads on an event loop pays for one
/// checkout, one BEGIN/COMMIT and one round of SQLite's file locks instead of one per read.
///
/// Thread-confined: reached only through the calling thread's own slot, never shared.
final class ThreadReadBatch {
    struct Held {
        let database: Database
        let connection: Connection
        /// `database.writeGeneration` when the read transaction began.
        var generation: UInt64
    }

    private var held: [Held] = []

    /// Nil when the calling thread has not asked to batch its reads.
    static var current: ThreadReadBatch? {
        guard let pointer = pthread_getspecific(slot) else { return nil }
        return Unmanaged<ThreadReadBatch>.fromOpaque(pointer).takeUnretainedValue()
    }

    /// The calling thread's batch, created on first use.
    static func enableForCurrentThread() {
        guard current == nil else { return }
        pthread_setspecific(slot, Unmanaged.passRetained(ThreadReadBatch()).toOpaque())
    }

    /// The thread's slot; its destructor releases the batch when the thread ends.
    private static let slot: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            Unmanaged<ThreadReadBatch>.fromOpaque(pointer).release()
        }
        return key
    }()

    /// The reader of `database` with a read transaction that began after the database's last write:
    /// the held one, or one checked out now. A write committed since the transaction began ends it,
    /// so a read never misses a write that has returned.
    func reader(for database: Database) throws -> Connection {
        let generation = database.writeGeneration
        if let index = held.firstIndex(where: { $0.database === database }) {
            let entry = held[index]
            if entry.generation == generation { return entry.connection }
            do {
                try entry.connection.execute("COMMIT TRANSACTION")
                try entry.connection.execute(TransactionKind.deferred.beginSQL)
            } catch {
                release(at: index)
                throw error
            }
            held[index].generation = generation
            return entry.connection
        }
        let connection = try database.readers.checkOut()
        do {
            try connection.execute(TransactionKind.deferred.beginSQL)
        } catch {
            database.readers.checkIn(connection)
            throw error
        }
        held.append(Held(database: database, connection: connection, generation: generation))
        return connection
    }

    /// Ends the read transaction of `database`'s held reader, if any, and returns it to the pool.
    func release(_ database: Database) {
        if let index = held.firstIndex(where: { $0.database === database }) { release(at: index) }
    }

    /// Ends every held read transaction and returns the readers.
    func releaseAll() {
        while !held.isEmpty { release(at: held.count - 1) }
    }

    private func release(at index: Int) {
        let entry = held.remove(at: index)
        entry.connection.rollback()
        entry.database.readers.checkIn(entry.connection)
    }
}
