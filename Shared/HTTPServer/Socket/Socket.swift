import CSystem
#if canImport(Glibc)
import Glibc
#endif

/// A socket file descriptor. A value: whoever owns the connection closes it, once.
struct Socket: Sendable, Hashable {
    let fd: Int32

    /// Half-closes the sending side, so the peer reads end-of-stream after our last response.
    func shutdownWrite() { _ = Glibc.shutdown(fd, Int32(SHUT_WR)) }

    /// Ends both directions without releasing the descriptor: a thread blocked in poll or send on
    /// it wakes up and fails, and then closes it itself.
    func shutdownBoth() { _ = Glibc.shutdown(fd, Int32(SHUT_RDWR)) }

    func close() { _ = Glibc.close(fd) }

    /// Disables Nagle's algorithm: every response leaves in one segment at once.
    func setNoDelay() {
        var one: Int32 = 1
        _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
    }
}
