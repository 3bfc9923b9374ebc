import Synchronization

/// One accepted TCP connection.
///
/// Ownership passes between threads with `phase`: while `.waiting` the connection is armed in epoll and
/// only the event loop thread may touch it (dispatch it, or close it on a timeout); while `.busy` exactly
/// one worker owns it and its unsynchronised fields (`buffer`, `parser`, …). The lock is taken on each
/// hand-over, which also publishes those fields to the next owner; hence `@unchecked Sendable`.
final class Connection: @unchecked Sendable {
    enum Phase: Equatable {
        /// Armed in epoll, waiting for bytes.
        case waiting
        /// Owned by a worker (or by the event loop while it closes the connection).
        case busy
        /// Our side is shut down; reading and discarding until the peer closes or `lingerUntil`.
        case lingering
        case closed
    }

    /// State that the event loop reads for its timeout sweep; guarded by `state`'s lock.
    struct Shared {
        var phase = Phase.waiting
        /// Whether the connection has been counted as closing (it no longer counts as open).
        var isClosing = false
        /// When the connection last became idle (accept, or the end of a response).
        var idleSince: UInt64
        /// When the first byte of the unfinished request arrived; nil between requests.
        var partialSince: UInt64?
        var lastReceive: UInt64
        var readingBody = false
        var servedRequests = 0
        var lingerUntil: UInt64 = 0
        /// Set when a forced shutdown already interrupted the worker that owns the connection.
        var interrupted = false
    }

    let socket: Socket
    let remoteAddress: String
    /// The event loop whose epoll instance watches the socket.
    let loop: EventLoop
    let state: Mutex<Shared>

    // Owned by the current owner (see the type's comment).
    var buffer = ReadBuffer()
    var parser: HTTPRequestParser
    var continueSent = false
    var partialSince: UInt64?
    var lastReceive: UInt64
    var idleSince: UInt64
    var servedRequests = 0
    /// Left by the event loop for the worker it hands the connection to.
    var handedOver: HandedOverWork?

    init(socket: Socket, remoteAddress: String, loop: EventLoop, limits: HTTPParserLimits, now: UInt64) {
        self.socket = socket
        self.remoteAddress = remoteAddress
        self.loop = loop
        self.parser = HTTPRequestParser(limits: limits)
        self.lastReceive = now
        self.idleSince = now
        self.state = Mutex(Shared(idleSince: now, lastReceive: now))
    }
}
