extension Database {
    public struct Configuration: Sendable {
        /// At most this many reader connections, opened on demand.
        public var maximumReaderCount: Int
        /// How long a connection waits for a lock held by another connection or process before
        /// failing with `SQLiteError.busy`.
        public var busyTimeout: Duration
        /// Prepared statements kept per connection; beyond it the idle ones are dropped.
        public var statementCacheLimit: Int
        /// `PRAGMA mmap_size` of each reader, in bytes (0: none; SQLite caps it at its build's maximum,
        /// 2 GB in Debian's). A reader then reads pages in place instead of copying each one out of the
        /// operating system's page cache with `pread`; the mapped pages count as the process's
        /// file-backed resident memory.
        public var readerMemoryMapBytes: Int

        public init(maximumReaderCount: Int = 4, busyTimeout: Duration = .milliseconds(5000),
                    statementCacheLimit: Int = 256, readerMemoryMapBytes: Int = 0) {
            self.maximumReaderCount = maximumReaderCount
            self.busyTimeout = busyTimeout
            self.statementCacheLimit = statementCacheLimit
            self.readerMemoryMapBytes = readerMemoryMapBytes
        }
    }
}
