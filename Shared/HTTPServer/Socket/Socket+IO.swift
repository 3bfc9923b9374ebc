import CSystem
#if canImport(Glibc)
import Glibc
#endif

/// Why a write to a client failed; the connection is then closed.
enum SocketWriteError: Error, Equatable {
    /// The peer stopped reading for longer than the stall timeout.
    case stalled
    case failed(errno: Int32)
}

extension Socket {
    enum ReceiveResult {
        case received(Int)
        case wouldBlock
        /// The peer closed its side (or reset the connection).
        case closed
    }

    func receive(into buffer: UnsafeMutableRawBufferPointer) -> ReceiveResult {
        while true {
            let n = recv(fd, buffer.baseAddress, buffer.count, 0)
            if n > 0 { return .received(n) }
            if n == 0 { return .closed }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return .wouldBlock
            default: return .closed
            }
        }
    }

    /// Writes `first`, `second` and `third` in order with one `sendmsg` (a gathering write) when the
    /// socket buffer has room, waiting for writability (up to `stallTimeout` each time) when it has not.
    /// `MSG_NOSIGNAL`: a vanished peer is an error, not SIGPIPE.
    func sendAll(_ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer = UnsafeRawBufferPointer(start: nil, count: 0),
                 _ third: UnsafeRawBufferPointer = UnsafeRawBufferPointer(start: nil, count: 0),
                 stallTimeout: Double) throws(SocketWriteError) {
        if case .failure(let error) = sendGathered(first, second, third, stallTimeout: stallTimeout) { throw error }
    }

    /// Sends as much of `first` then `second` as the socket buffer takes now, without waiting (for the
    /// event loop thread). Returns how many bytes went out, or nil when the connection failed.
    func sendWithoutWaiting(_ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer) -> Int? {
        try? sendGathered(first, second, UnsafeRawBufferPointer(start: nil, count: 0), stallTimeout: nil).get()
    }

    /// One nonblocking attempt, for short answers from the event loop thread (408, 503) that must
    /// never block it. Returns whether everything went out.
    @discardableResult
    func sendNow(_ bytes: UnsafeRawBufferPointer) -> Bool {
        send(fd, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL)) == bytes.count
    }

    /// The three parts in order, each `sendmsg` gathering what is left. When the buffer is full it waits
    /// for writability (up to `stallTimeout` each time), or with no `stallTimeout` stops there. The
    /// result is the number of bytes sent.
    private func sendGathered(_ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer,
                              _ third: UnsafeRawBufferPointer, stallTimeout: Double?) -> Result<Int, SocketWriteError> {
        withUnsafeTemporaryAllocation(of: iovec.self, capacity: 3) { buffer in
            guard let vectors = buffer.baseAddress else { return .success(0) }
            var count = 0
            func add(_ part: UnsafeRawBufferPointer) {
                guard part.count > 0 else { return }
                vectors[count] = iovec(iov_base: UnsafeMutableRawPointer(mutating: part.baseAddress), iov_len: part.count)
                count += 1
            }
            add(first)
            add(second)
            add(third)
            var total = 0
            var first = 0
            while first < count {
                var message = msghdr()
                message.msg_iov = vectors + first
                message.msg_iovlen = count - first
                var sent = sendmsg(fd, &message, Int32(MSG_NOSIGNAL))
                if sent < 0 {
                    switch errno {
                    case EINTR: continue
                    case EAGAIN, EWOULDBLOCK:
                        guard let stallTimeout else { return .success(total) }
                        guard waitUntilWritable(timeout: stallTimeout) else { return .failure(.stalled) }
                        continue
                    default: return .failure(.failed(errno: errno))
                    }
                }
                total += sent
                while first < count, sent >= vectors[first].iov_len {
                    sent -= vectors[first].iov_len
                    first += 1
                }
                if first < count, sent > 0 {
                    vectors[first].iov_base += sent
                    vectors[first].iov_len -= sent
                }
            }
            return .success(total)
        }
    }

    private func waitUntilWritable(timeout: Double) -> Bool {
        var descriptor = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
        let milliseconds = Int32(min(max(timeout * 1000, 1), Double(Int32.max)))
        while true {
            let ready = poll(&descriptor, 1, milliseconds)
            if ready < 0, errno == EINTR { continue }
            // POLLERR/POLLHUP count as "ready": the next send reports the error.
            return ready > 0
        }
    }
}
