import Glibc

/// State behind a reader-writer lock: readers run side by side, a writer runs alone and goes before
/// readers that arrive after it (writer-preferring, so stores are not starved).
///
/// For read-mostly state read on every request: with `Mutex`, concurrent reads of the same hot entry
/// queued behind each other and paid futex hand-offs. `@unchecked Sendable`: `state` is only
/// touched inside `read` (shared lock) or `write` (exclusive lock). Readers must not nest `read` calls.
public final class ReadWriteLock<State: Sendable>: @unchecked Sendable {
    private var state: State
    private let lock: UnsafeMutablePointer<pthread_rwlock_t>

    public init(_ state: State) {
        self.state = state
        lock = .allocate(capacity: 1)
        var attributes = pthread_rwlockattr_t()
        pthread_rwlockattr_init(&attributes)
        pthread_rwlockattr_setkind_np(&attributes, Int32(PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP))
        pthread_rwlock_init(lock, &attributes)
        pthread_rwlockattr_destroy(&attributes)
    }

    deinit {
        pthread_rwlock_destroy(lock)
        lock.deallocate()
    }

    public func read<T>(_ body: (borrowing State) -> T) -> T {
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return body(state)
    }

    public func write<T>(_ body: (inout State) -> T) -> T {
        pthread_rwlock_wrlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return body(&state)
    }
}
