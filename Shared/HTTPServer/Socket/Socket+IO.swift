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
        let error: SocketWriteError? = withUnsafeTemporaryAllocation(of: iovec.self, capacity: 3) { vectors in
            var count = 0
            func add(_ part: UnsafeRawBufferPointer) {
                guard part.count > 0 else { return }
                vectors[count] = iovec(iov_base: UnsafeMutableRawPointer(mutating: part.baseAddress), iov_len: part.count)
                count += 1
            }
            add(first)
            add(second)
            add(third)
            guard let base = vectors.baseAddress else { return nil }
            return sendVectors(base, count: count, stallTimeout: stallTimeout)
        }
        if let error { throw error }
    }

    /// One nonblocking attempt, for short answers from the event loop thread (408, 503) that must
    /// never block it. Returns whether everything went out.
    @discardableResult
    func sendNow(_ bytes: UnsafeRawBufferPointer) -> Bool {
        send(fd, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL)) == bytes.count
    }

    private func sendVectors(_ vectors: UnsafeMutablePointer<iovec>, count: Int, stallTimeout: Double) -> SocketWriteError? {
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
                    guard waitUntilWritable(timeout: stallTimeout) else { return .stalled }
                    continue
                default: return .failed(errno: errno)
                }
            }
            while first < count, sent >= vectors[first].iov_len {
                sent -= vectors[first].iov_len
                first += 1
            }
            if first < count, sent > 0 {
                vectors[first].iov_base += sent
                vectors[first].iov_len -= sent
            }
        }
        return nil
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

extension Socket {
    /// Sends as much of `first` then `second` as the socket buffer takes now, without waiting (for the
    /// event loop thread). Returns how many bytes went out, or nil when the connection failed.
    func sendWithoutWaiting(_ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer) -> Int? {
        var total = 0
        while total < first.count + second.count {
            let n: Int = withUnsafeTemporaryAllocation(of: iovec.self, capacity: 2) { vectors in
                var count = 0
                func add(_ part: UnsafeRawBufferPointer, skipping skip: Int) {
                    guard skip < part.count, let base = part.baseAddress else { return }
                    vectors[count] = iovec(iov_base: UnsafeMutableRawPointer(mutating: base + skip), iov_len: part.count - skip)
                    count += 1
                }
                add(first, skipping: total)
                add(second, skipping: max(0, total - first.count))
                var message = msghdr()
                message.msg_iov = vectors.baseAddress
                message.msg_iovlen = count
                return sendmsg(fd, &message, Int32(MSG_NOSIGNAL))
            }
            if n > 0 {
                total += n
                continue
            }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return total
            default: return nil
            }
        }
        return total
    }
}
