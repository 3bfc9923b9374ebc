extension HTTPClient {
    /// Limits of one client. The defaults are the contract's (`spec/README.md` §Service-to-service calls).
    public struct Configuration: Sendable {
        public var connectTimeout: Duration
        /// The limit of each attempt; an attempt also stops at the request's deadline.
        public var attemptTimeout: Duration
        /// Attempts per call, the first included (3 = at most two retries).
        public var maxAttempts: Int
        /// The random pause before a retry is drawn from this range.
        public var retryBackoff: ClosedRange<Duration>
        /// A download is abandoned after this long below 1 byte/s.
        public var downloadStallTimeout: Duration
        /// A buffered answer larger than this fails with `.responseTooLarge`.
        public var maxResponseBytes: Int
        /// Easy handles (each with its own keep-alive connections) kept for reuse.
        public var maxIdleHandles: Int
        public var userAgent: String?

        public init(
            connectTimeout: Duration = .seconds(1),
            attemptTimeout: Duration = .seconds(2),
            maxAttempts: Int = 3,
            retryBackoff: ClosedRange<Duration> = .milliseconds(50) ... .milliseconds(200),
            downloadStallTimeout: Duration = .seconds(30),
            maxResponseBytes: Int = 16 << 20,
            maxIdleHandles: Int = 8,
            userAgent: String? = nil
        ) {
            self.connectTimeout = connectTimeout
            self.attemptTimeout = attemptTimeout
            self.maxAttempts = max(1, maxAttempts)
            self.retryBackoff = retryBackoff
            self.downloadStallTimeout = downloadStallTimeout
            self.maxResponseBytes = maxResponseBytes
            self.maxIdleHandles = maxIdleHandles
            self.userAgent = userAgent
        }
    }
}
