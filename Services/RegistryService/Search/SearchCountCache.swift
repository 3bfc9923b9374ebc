import SQLite
import Synchronization

/// Remembers `totalElements` of recent searches, so that paging through one result set counts it once.
/// A key holds the epoch and the change-log position read in the same transaction as the count: every
/// write that changes data appends a change (`registry.md` §5.6), so a count stays valid for its key.
final class SearchCountCache: Sendable {
    private let counts = Mutex<[String: Int]>([:])
    let capacity: Int

    init(capacity: Int = 1024) {
        self.capacity = capacity
    }

    /// The count for `sql` with `arguments` at the connection's current snapshot, from the cache or
    /// computed by `count`.
    func count(sql: String, arguments: SQLiteArguments, in connection: Connection,
               _ count: () throws -> Int) throws -> Int {
        let epoch = try ChangeLog.epoch(connection)
        let position = try ChangeLog.position(connection)
        let key = ([epoch, String(position), sql] + arguments.map { $0.map { "\($0)" } ?? "NULL" })
            .joined(separator: "\u{1F}")
        if let cached = counts.withLock({ $0[key] }) { return cached }
        let value = try count()
        counts.withLock { counts in
            if counts.count >= capacity { counts.removeAll(keepingCapacity: true) }  // crude, rare and cheap
            counts[key] = value
        }
        return value
    }
}
