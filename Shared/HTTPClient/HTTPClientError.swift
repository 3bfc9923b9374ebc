/// Why a call to a peer failed. Every case names the `peer` (the client's short name), which
/// ServiceKit puts in the `STD-00503` problem (`spec/README.md` §Errors).
public enum HTTPClientError: Error, Sendable, Equatable {
    /// The peer refused, could not be resolved, or did not accept the connection in time.
    case connectFailed(peer: String, detail: String)
    /// An attempt or the caller's deadline ran out after the connection was made.
    case timedOut(peer: String)
    /// The peer answered 5xx on the last attempt allowed.
    case serverError(peer: String, status: Int)
    /// A helper that needs a 2xx answer (`get(_:as:)`, `download`) got another status.
    case unexpectedStatus(peer: String, status: Int)
    case invalidURL(peer: String)
    /// A header name or value that would corrupt the request (CR, LF, NUL, a bad name).
    case invalidHeader(peer: String, name: String)
    case decodingFailed(peer: String, detail: String)
    case responseTooLarge(peer: String, limit: Int)
    /// The token provider threw; the request was not sent.
    case tokenUnavailable(peer: String, detail: String)
    /// A download could not write its file.
    case fileFailed(peer: String, path: String, errno: Int32)
    /// Any other libcurl failure: `code` is the `CURLcode`.
    case transport(peer: String, code: Int, message: String)
    /// Not sent: the caller may not wait (it runs on an event loop thread) and asks again from a worker.
    case notAttempted(peer: String)

    public var peer: String {
        switch self {
        case .connectFailed(let peer, _), .timedOut(let peer), .serverError(let peer, _),
             .unexpectedStatus(let peer, _), .invalidURL(let peer), .invalidHeader(let peer, _),
             .decodingFailed(let peer, _), .responseTooLarge(let peer, _), .tokenUnavailable(let peer, _),
             .fileFailed(let peer, _, _), .transport(let peer, _, _), .notAttempted(let peer):
            return peer
        }
    }

    /// The status of the `STD-00503` problem: 504 when the peer exceeded its deadline, else 503.
    public var problemStatus: Int {
        if case .timedOut = self { return 504 }
        return 503
    }

    /// Whether another attempt may succeed (the request must also be idempotent).
    public var isRetryable: Bool {
        switch self {
        case .connectFailed, .timedOut, .serverError: return true
        default: return false
        }
    }
}

extension HTTPClientError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .connectFailed(let peer, let detail): return "\(peer): connect failed: \(detail)"
        case .timedOut(let peer): return "\(peer): timed out"
        case .serverError(let peer, let status): return "\(peer): answered \(status)"
        case .unexpectedStatus(let peer, let status): return "\(peer): unexpected status \(status)"
        case .invalidURL(let peer): return "\(peer): invalid URL"
        case .invalidHeader(let peer, let name): return "\(peer): invalid header \(name.debugDescription)"
        case .decodingFailed(let peer, let detail): return "\(peer): undecodable answer: \(detail)"
        case .responseTooLarge(let peer, let limit): return "\(peer): answer larger than \(limit) bytes"
        case .tokenUnavailable(let peer, let detail): return "\(peer): no platform token: \(detail)"
        case .fileFailed(let peer, let path, let errno): return "\(peer): cannot write \(path) (errno \(errno))"
        case .transport(let peer, let code, let message): return "\(peer): curl error \(code): \(message)"
        case .notAttempted(let peer): return "\(peer): not called from a thread that may not wait"
        }
    }
}
