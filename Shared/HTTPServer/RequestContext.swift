/// Per-request state that handlers and middleware share: the request id, the matched route and its
/// parameters, and typed values that middleware attaches (the principal, for example).
/// A context lives on one worker thread for one request, so it is a class and not `Sendable`.
public final class RequestContext {
    public var requestId: String
    public let remoteAddress: String
    /// The matched route template (`/enheter/{orgnr}`), or `unmatched`.
    public var route: String = "unmatched"
    /// Path parameters, percent-decoded.
    public var parameters: [String: String] = [:]
    /// Extra response headers that middleware wants on every answer (for example `X-Request-Id`).
    public var responseHeaders = HTTPHeaders()
    private var values: [ObjectIdentifier: Any] = [:]

    public init(requestId: String, remoteAddress: String) {
        self.requestId = requestId
        self.remoteAddress = remoteAddress
    }

    /// Typed storage keyed by a key type: `context[PrincipalKey.self] = principal`.
    public subscript<Key: RequestContextKey>(key: Key.Type) -> Key.Value? {
        get { values[ObjectIdentifier(key)] as? Key.Value }
        set { values[ObjectIdentifier(key)] = newValue }
    }
}

public protocol RequestContextKey {
    associatedtype Value
}
