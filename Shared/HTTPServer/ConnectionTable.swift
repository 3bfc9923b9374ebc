import Synchronization

/// Every connection the server holds, by file descriptor, and how many count as open (lingering
/// closes do not). The event loop looks connections up here for each readiness report.
final class ConnectionTable: Sendable {
    private let slots = Mutex<[Connection?]>([])
    private let open = Atomic<Int>(0)

    var openCount: Int { open.load(ordering: .relaxed) }

    func insert(_ connection: Connection, countsAsOpen: Bool) {
        let fd = Int(connection.socket.fd)
        slots.withLock { slots in
            if fd >= slots.count { slots.append(contentsOf: repeatElement(nil, count: fd + 1 - slots.count + 64)) }
            slots[fd] = connection
        }
        if countsAsOpen { open.add(1, ordering: .relaxed) }
    }

    func lookup(_ fd: Int32) -> Connection? {
        slots.withLock { slots in Int(fd) < slots.count ? slots[Int(fd)] : nil }
    }

    /// Removes `connection` (before its descriptor is closed, so a reused number finds the new one).
    func remove(_ connection: Connection) {
        let fd = Int(connection.socket.fd)
        slots.withLock { slots in
            if fd < slots.count, slots[fd] === connection { slots[fd] = nil }
        }
    }

    /// The connection no longer counts as open (it is closing).
    func uncount() { open.subtract(1, ordering: .relaxed) }

    func all() -> [Connection] {
        slots.withLock { slots in slots.compactMap { $0 } }
    }
}
