/// Why the HTTP layer refused a request (RFC 9112). Each case maps to one status and one `STD-00nnn`
/// code (`catalogue.md` §6.4); after any of them the server answers and closes the connection.
public enum HTTPParseError: Error, Equatable, Sendable {
    /// 400 `STD-00400`: the bytes break RFC 9112; `reason` is for the problem's `detail`.
    case malformed(String)
    /// 414 `STD-00414`: the request-target is longer than `maxTargetBytes`.
    case uriTooLong
    /// 431 `STD-00431`: request line and headers above `maxHeaderBytes`, or more than `maxHeaders` fields.
    case headersTooLarge
    /// 413 `STD-00413`: the body is above `maxBodyBytes`.
    case bodyTooLarge
    /// 501 `STD-00501`: a method outside RFC 9110's registry, or a transfer coding other than chunked.
    case notImplemented(String)
    /// 505 `STD-00505`: an HTTP version other than 1.0 or 1.1.
    case versionNotSupported
    /// 408 `STD-00408`: the request line and headers did not arrive within the read timeout.
    case timeout

    public var status: Int {
        switch self {
        case .malformed: return 400
        case .uriTooLong: return 414
        case .headersTooLarge: return 431
        case .bodyTooLarge: return 413
        case .notImplemented: return 501
        case .versionNotSupported: return 505
        case .timeout: return 408
        }
    }

    public var code: String { "STD-00\(status)" }

    public var title: String {
        switch self {
        case .malformed: return "Malformed HTTP request."
        case .uriTooLong: return "URI too long."
        case .headersTooLarge: return "Request header fields too large."
        case .bodyTooLarge: return "Request body too large."
        case .notImplemented: return "Not implemented."
        case .versionNotSupported: return "HTTP version not supported."
        case .timeout: return "Request timeout."
        }
    }

    public var detail: String {
        switch self {
        case .malformed(let reason), .notImplemented(let reason): return reason
        case .uriTooLong: return "The request-target is longer than the server accepts."
        case .headersTooLarge: return "The request line and header fields exceed the server's limits."
        case .bodyTooLarge: return "The request body exceeds the server's limit."
        case .versionNotSupported: return "Only HTTP/1.0 and HTTP/1.1 are supported."
        case .timeout: return "The request line and headers were not received in time."
        }
    }
}
