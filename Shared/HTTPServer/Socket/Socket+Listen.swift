import CSystem
#if canImport(Glibc)
import Glibc
#endif

extension Socket {
    enum AcceptResult {
        case accepted(Socket, remoteAddress: String)
        case wouldBlock
        /// The listener failed for this connection (ECONNABORTED, EMFILE…); try again later.
        case failed(Int32)
    }

    /// A nonblocking, close-on-exec listener on `host:port` with `SO_REUSEADDR`.
    static func listening(host: String, port: UInt16, backlog: Int32) throws(HTTPServerError) -> Socket {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let info = list?.pointee else {
            throw .invalidHost(host)
        }
        defer { freeaddrinfo(list) }
        let flags = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        let fd = socket(info.ai_family, flags, 0)
        guard fd >= 0 else { throw .socketFailed(errno: errno) }
        var one: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        guard bind(fd, info.ai_addr, info.ai_addrlen) == 0 else {
            let code = errno
            Glibc.close(fd)
            throw .bindFailed(host: host, port: port, errno: code)
        }
        guard listen(fd, backlog) == 0 else {
            let code = errno
            Glibc.close(fd)
            throw .listenFailed(errno: code)
        }
        return Socket(fd: fd)
    }

    /// The port the socket is bound to (the one the kernel chose for port 0).
    var localPort: UInt16 {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let ok = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) == 0 }
        }
        return ok ? SocketAddressText.port(of: storage) : 0
    }

    /// Accepts one pending connection as a nonblocking, close-on-exec socket with TCP_NODELAY.
    func accept() -> AcceptResult {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let flags = Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        let client = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { csystem_accept4(fd, $0, &length, flags) }
        }
        guard client >= 0 else {
            let code = errno
            return code == EAGAIN || code == EWOULDBLOCK ? .wouldBlock : .failed(code)
        }
        let socket = Socket(fd: client)
        socket.setNoDelay()
        return .accepted(socket, remoteAddress: SocketAddressText.describe(storage))
    }
}
