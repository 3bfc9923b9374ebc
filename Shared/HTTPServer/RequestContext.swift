/// Per-request state that handlers and middleware share: the request id, the matched route and its
/// parameters, and typed values that middleware attaches (the principal, for example).
/// A context lives on one thread for one request, so it is a class and not `Sendable`.
public final class RequestContext {
    public var requestId: String
    public let remoteAddress: String
    /// Whether the request runs on the event loop thread (an `.eventLoop` route), where it must not wait.
    public let isOnEventLoop: Bool
    /// When the request's context was made, just after the request was parsed.
    public let arrival = ContinuousClock.now
    /// The matched route template (`/enheter/{orgnr}`), or `unmatched`.
    public var route: String = "unmatched"
    /// Path parameters, percent-decoded.
    public var parameters = PathParameters()
    /// Extra response headers that middleware wants on every answer (for example `X-Request-Id`).
    public var responseHeaders = HTTPHeaders()
    /// Set when a handler on the event loop threw `WorkerRequired` (the response is then discarded).
    var workerRequired = false
    /// A request carries a handful of values at most: a scanned array is cheaper than a dictionary.
    private var values: [(key: ObjectIdentifier, value: Any)] = []

    public init(requestId: String, remoteAddress: String, isOnEventLoop: Bool = false) {
        self.requestId = requestId
        self.remoteAddress = remoteAddress
        self.isOnEventLoop = isOnEventLoop
    }

    /// Call before anything that may wait (another service, a write lock): on the event loop thread it
    /// throws `WorkerRequired`, and the server runs the request again on a worker thread.
    public func requireWorker() throws(WorkerRequired) {
        if isOnEventLoop { throw WorkerRequired() }
    }

    /// Typed storage keyed by a key type: `context[PrincipalKey.self] = principal`.
    public subscript<Key: RequestContextKey>(key: Key.Type) -> Key.Value? {
        get {
            let id = ObjectIdentifier(key)
            for index in values.indices where values[index].key == id { return values[index].value as? Key.Value }
            return nil
        }
        set {
            let id = ObjectIdentifier(key)
            let index = values.firstIndex { $0.key == id }
            switch (index, newValue) {
            case let (index?, value?): values[index].value = value
            case let (index?, nil): values.remove(at: index)
            case let (nil, value?): values.append((id, value))
            case (nil, nil): break
            }
        }
    }
}

public protocol RequestContextKey {
    associatedtype Value
}
