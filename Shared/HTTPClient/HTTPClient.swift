import Synchronization

/// A blocking HTTP/1.1 client for one peer service, on libcurl.
///
/// Calls block the calling thread, so run them on the blocking worker pool, never on Swift's
/// cooperative pool. Easy handles are pooled so that keep-alive connections are reused. Failed
/// idempotent calls are retried as `spec/README.md` §Service-to-service calls prescribes, and every
/// failure is an `HTTPClientError` that names `peer`.
public final class HTTPClient: Sendable {
    /// Short name of the peer (`registry`, `approval`...), used in errors.
    public let peer: String
    public let configuration: Configuration
    let tokenProvider: (@Sendable () throws -> String)?
    let pool: EasyHandlePool
    let connectionsOpened = Atomic<Int>(0)
    let attemptsMade = Atomic<Int>(0)

    /// - Parameter tokenProvider: gives the platform token sent as `Authorization: Bearer` on every
    ///   request that does not set `Authorization` itself. It is asked once per call.
    public init(
        peer: String, configuration: Configuration = Configuration(),
        tokenProvider: (@Sendable () throws -> String)? = nil
    ) {
        self.peer = peer
        self.configuration = configuration
        self.tokenProvider = tokenProvider
        self.pool = EasyHandlePool(capacity: configuration.maxIdleHandles)
    }

    public var stats: HTTPClientStats {
        HTTPClientStats(
            connectionsOpened: connectionsOpened.load(ordering: .relaxed),
            attempts: attemptsMade.load(ordering: .relaxed))
    }

    /// Sends `request` and buffers the answer. A 5xx answer on the last allowed attempt throws
    /// `.serverError` (unless `request.returnsServerErrors`); every other status is returned.
    public func send(_ request: ClientRequest) throws(HTTPClientError) -> ClientResponse {
        let lines = try headerLines(for: request)
        return try withRetries(request, attemptLimit: configuration.attemptTimeout) { timeout throws(HTTPClientError) in
            let context = TransferContext(sink: .memory(limit: configuration.maxResponseBytes))
            let status = try transfer(request, headerLines: lines, into: context, mode: .buffered(timeout: timeout))
            if status >= 500 && !request.returnsServerErrors { throw .serverError(peer: peer, status: status) }
            return ClientResponse(status: status, headers: context.headers, body: context.body, peer: peer)
        }
    }
}
