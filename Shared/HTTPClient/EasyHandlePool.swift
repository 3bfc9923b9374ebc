import Synchronization

/// Idle easy handles of one client. A handle is checked out for one transfer and back in after it,
/// so sequential calls run on the same handle and reuse its keep-alive connection.
final class EasyHandlePool: Sendable {
    private let idle = Mutex<[CurlEasy]>([])
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The most recently used idle handle (its connection is the likeliest to be alive), or a new one;
    /// nil when libcurl cannot make a handle.
    func checkOut() -> CurlEasy? {
        if let handle = idle.withLock({ $0.popLast() }) { return handle }
        return CurlEasy()
    }

    func checkIn(_ handle: CurlEasy) {
        let surplus: CurlEasy? = idle.withLock { handles in
            guard handles.count < capacity else { return handle }
            handles.append(handle)
            return nil
        }
        // A surplus handle is released here, outside the lock: its cleanup closes sockets.
        _ = surplus
    }
}
