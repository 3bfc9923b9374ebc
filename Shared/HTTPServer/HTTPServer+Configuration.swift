extension HTTPServer {
    /// Everything the server needs to listen and protect itself. Services fill it from the environment
    /// (`HTTP_MAX_HEADER_BYTES` … `HTTP_MAX_CONNECTIONS`, `spec/README.md` §Configuration).
    public struct Configuration: Sendable {
        public var host: String = "127.0.0.1"
        /// 0 binds a free port; `HTTPServer.boundPort` tells which.
        public var port: UInt16 = 0
        public var limits = HTTPParserLimits()
        /// Time allowed for a request line and headers once the first byte arrived (408 after it).
        public var readTimeoutSeconds: Double = 10
        /// Keep-alive idle time between requests (silent close after it).
        public var idleTimeoutSeconds: Double = 60
        /// Connections beyond this get 503 `STD-00503` with `Retry-After: 1`, then close.
        public var maxConnections: Int = 1024
        /// Threads that run responders; they may block on SQLite or outgoing HTTP.
        public var workerThreads: Int = 64
        /// Whether the event loop thread answers `.eventLoop` routes itself (see `Route.Execution`);
        /// false sends every request to a worker.
        public var answersOnEventLoop = true
        /// Event loop threads, each with its own epoll instance; new connections are spread over them
        /// in turn. More than one only when the responder answers on the event loop (otherwise the
        /// loops only hand connections to workers, and one does that).
        public var eventLoops = 1
        public var listenBacklog: Int32 = 1024

        public init(host: String = "127.0.0.1", port: UInt16 = 0) {
            self.host = host
            self.port = port
        }
    }
}
