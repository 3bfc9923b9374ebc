extension Database {
    public struct Configuration: Sendable {
        /// At most this many reader connections, opened on demand.
        public var maximumReaderCount: Int
        /// How long a connection waits for a lock held by another connection or process before
        /// failing with `SQLiteError.busy`.
        public var busyTimeout: Duration
        /// Prepared statements kept per connection; beyond it the idle ones are dropped.
        public var statementCacheLimit: Int

        public init(maximumReaderCount: Int = 4, busyTimeout: Duration = .milliseconds(5000),
                    statementCacheLimit: Int = 256) {
            self.maximumReaderCount = maximumReaderCount
            self.busyTimeout = busyTimeout
            self.statementCacheLimit = statementCacheLimit
        }
    }
}
