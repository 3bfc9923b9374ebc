import CSystem
#if canImport(Glibc)
import Glibc
#endif

/// An epoll instance plus an eventfd that wakes it. Only one thread waits on it (`wait`); any thread
/// may register, re-arm or wake. Connections are registered level-triggered with `EPOLLONESHOT`,
/// so each readiness is reported once and the fd stays quiet until its owner re-arms it.
final class EventLoop: Sendable {
    struct Event {
        let token: UInt64
        let flags: UInt32
    }

    /// The token of the wake-up eventfd.
    static let wakeToken = UInt64.max

    private let epollFD: Int32
    private let wakeFD: Int32

    init() throws(HTTPServerError) {
        let epollFD = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard epollFD >= 0 else { throw .eventLoopFailed(errno: errno) }
        let wakeFD = eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC))
        guard wakeFD >= 0 else {
            let code = errno
            close(epollFD)
            throw .eventLoopFailed(errno: code)
        }
        guard csystem_epoll_ctl(epollFD, EPOLL_CTL_ADD, wakeFD, EPOLLIN.rawValue, Self.wakeToken) == 0 else {
            let code = errno
            close(wakeFD)
            close(epollFD)
            throw .eventLoopFailed(errno: code)
        }
        self.epollFD = epollFD
        self.wakeFD = wakeFD
    }

    deinit {
        close(wakeFD)
        close(epollFD)
    }

    /// Watches a listener: level-triggered, always armed.
    func addListener(_ fd: Int32, token: UInt64) -> Bool {
        csystem_epoll_ctl(epollFD, EPOLL_CTL_ADD, fd, EPOLLIN.rawValue, token) == 0
    }

    /// Watches a new connection for one readiness report.
    func addConnection(_ fd: Int32) -> Bool {
        csystem_epoll_ctl(epollFD, EPOLL_CTL_ADD, fd, Self.connectionEvents, UInt64(fd)) == 0
    }

    /// Arms a connection for its next readiness report; reported at once if bytes are already waiting.
    func rearm(_ fd: Int32) -> Bool {
        csystem_epoll_ctl(epollFD, EPOLL_CTL_MOD, fd, Self.connectionEvents, UInt64(fd)) == 0
    }

    func remove(_ fd: Int32) {
        _ = csystem_epoll_ctl(epollFD, EPOLL_CTL_DEL, fd, 0, 0)
    }

    func wake() {
        var one: UInt64 = 1
        _ = write(wakeFD, &one, 8)
    }

    /// Waits up to `timeoutMilliseconds` and calls `handle` for each event, on the calling thread.
    /// Wake-ups are consumed here and reported as an event with `wakeToken`.
    func wait(into events: UnsafeMutablePointer<epoll_event>, capacity: Int32, timeoutMilliseconds: Int32,
              _ handle: (Event) -> Void) {
        let count = epoll_wait(epollFD, events, capacity, timeoutMilliseconds)
        guard count > 0 else { return }
        for index in 0..<count {
            let token = csystem_epoll_data_at(events, index)
            if token == Self.wakeToken {
                var value: UInt64 = 0
                _ = read(wakeFD, &value, 8)
            }
            handle(Event(token: token, flags: csystem_epoll_events_at(events, index)))
        }
    }

    private static let connectionEvents = EPOLLIN.rawValue | EPOLLRDHUP.rawValue | EPOLLONESHOT.rawValue
}
