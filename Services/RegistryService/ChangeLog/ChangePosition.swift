import SQLite
import Synchronization

/// The id of the last change applied to this node's data (§1 `X-Registry-Position`), kept in memory
/// so that every response can carry it without a query or a lock. It is read from the database at
/// start and advanced after each committed write.
final class ChangePosition: Sendable {
    private let value: Atomic<Int64>

    init(_ initial: Int64) {
        value = Atomic(initial)
    }

    /// Reads the position of the current epoch from the database.
    convenience init(database: Database) throws {
        self.init(try database.read { try ChangeLog.position($0) })
    }

    var current: Int64 { value.load(ordering: .acquiring) }

    /// Records a committed change; positions never go backwards here (writes may finish out of order).
    func advance(to id: Int64) {
        var known = value.load(ordering: .relaxed)
        while id > known {
            let (exchanged, original) = value.compareExchange(expected: known, desired: id, ordering: .acquiringAndReleasing)
            if exchanged { return }
            known = original
        }
    }

    /// Sets the position outright, for a new epoch (a replica's re-snapshot).
    func reset(to id: Int64) {
        value.store(id, ordering: .releasing)
    }
}
