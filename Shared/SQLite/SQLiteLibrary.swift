import CSQLite

/// Process-wide settings of the SQLite library, made once, before the first connection opens (SQLite
/// refuses them afterwards).
enum SQLiteLibrary {
    /// SQLite's memory statistics are off: with them on, every allocation inside SQLite takes one
    /// process-wide mutex, and threads reading at the same time (the event loops and the workers)
    /// contended on it: most of the Registry's `futex` calls during lookups were that lock. Nothing
    /// reads the statistics (`sqlite3_memory_used` then reports 0).
    static let isConfigured: Bool = csqlite_config_memstatus(0) == SQLITE_OK
}
