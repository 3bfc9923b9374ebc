import Foundation

/// A bounded set of connections, each lent to one thread at a time.
///
/// `@unchecked Sendable`: every stored `var` is read and written only while `condition` is
/// locked, and a lent `Connection` is used only by the thread that checked it out.
final class ConnectionPool: @unchecked Sendable {
    private let capacity: Int
    private let open: @Sendable () throws -> Connection
    private let condition = NSCondition()
    // Guarded by `condition`:
    private var idle: [Connection]
    private var openCount: Int
    private var borrowers: [pthread_t] = []
    private var isClosed = false
    private var isSuspended = false

    /// - Parameters:
    ///   - idle: connections already open (counted against `capacity`).
    ///   - open: opens another connection when all are busy and `capacity` allows.
    init(capacity: Int, idle: [Connection] = [], open: @escaping @Sendable () throws -> Connection) {
        self.capacity = max(1, capacity)
        self.idle = idle
        self.openCount = idle.count
        self.open = open
    }

    /// Lends a connection to `body`, blocking while all `capacity` connections are lent.
    /// A thread that already holds one of this pool's connections gets `nestedTransaction`
    /// instead of waiting for itself forever.
    func withConnection<Result>(_ body: (Connection) throws -> Result) throws -> Result {
        let connection = try checkOut()
        defer { checkIn(connection) }
        return try body(connection)
    }

    /// Lends a connection until `checkIn`; `withConnection` is the usual way.
    func checkOut() throws -> Connection {
        let thread = pthread_self()
        condition.lock()
        defer { condition.unlock() }
        guard !holds(thread) else { throw SQLiteError.nestedTransaction }
        while true {
            guard !isClosed else { throw SQLiteError.closed }
            if isSuspended {
                condition.wait()
                continue
            }
            if let connection = idle.popLast() {
                borrowers.append(thread)
                return connection
            }
            if openCount < capacity {
                let connection = try openUnlocked()
                borrowers.append(thread)
                return connection
            }
            condition.wait()
        }
    }

    /// Opens a connection with the lock released, so other threads are not held up meanwhile.
    /// Called and returns with the lock held.
    private func openUnlocked() throws -> Connection {
        openCount += 1
        condition.unlock()
        let result = Result { try open() }
        condition.lock()
        switch result {
        case .success(let connection) where !isClosed:
            return connection
        case .success(let connection):
            connection.close()
            openCount -= 1
            condition.broadcast()
            throw SQLiteError.closed
        case .failure(let error):
            openCount -= 1
            condition.broadcast()
            throw error
        }
    }

    func checkIn(_ connection: Connection) {
        let thread = pthread_self()
        condition.lock()
        defer { condition.unlock() }
        if let index = borrowers.firstIndex(where: { pthread_equal($0, thread) != 0 }) {
            borrowers.remove(at: index)
        }
        if isClosed {
            connection.close()
            openCount -= 1
        } else {
            idle.append(connection)
        }
        condition.broadcast()
    }

    /// Closes the idle connections now and each lent one when it comes back, and waits for
    /// those (except one held by the calling thread, which closes when its caller is done).
    /// Later checkouts throw `closed`.
    func close() {
        let thread = pthread_self()
        condition.lock()
        defer { condition.unlock() }
        isClosed = true
        for connection in idle {
            connection.close()
        }
        openCount -= idle.count
        idle.removeAll()
        condition.broadcast()
        while openCount > (holds(thread) ? 1 : 0) {
            condition.wait()
        }
    }

    /// Stops lending: waits until every lent connection is back, then closes them all. Checkouts wait
    /// until `resume()`, then open new connections. The calling thread must hold none of this pool's.
    func suspend() throws {
        let thread = pthread_self()
        condition.lock()
        defer { condition.unlock() }
        guard !holds(thread) else { throw SQLiteError.nestedTransaction }
        guard !isClosed else { throw SQLiteError.closed }
        isSuspended = true
        while openCount > idle.count {
            condition.wait()
        }
        for connection in idle {
            connection.close()
        }
        openCount -= idle.count
        idle.removeAll()
    }

    /// Lends connections again after `suspend()`.
    func resume() {
        condition.lock()
        defer { condition.unlock() }
        isSuspended = false
        condition.broadcast()
    }

    private func holds(_ thread: pthread_t) -> Bool {
        borrowers.contains { pthread_equal($0, thread) != 0 }
    }
}
