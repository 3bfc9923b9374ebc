extension Database {
    /// Runs one query on a reader without BEGIN/COMMIT and hands its first row to `row`; nil when the
    /// query has no row. A single statement in autocommit mode is its own read transaction, so it
    /// still sees one committed snapshot; skipping the explicit transaction saves two statements and
    /// their lock round trips on the hot lookup paths. `bind` binds the arguments; `row` reads the
    /// columns straight from the statement (`Statement.text(at:)`, `bytes(at:)`, …), without copying
    /// the row into `SQLiteValue`s. Use `read` for anything that needs more than one statement.
    ///
    /// On a thread that batches its reads (`batchReadsOnCurrentThread`) the query runs in the thread's
    /// held read transaction instead, which sees every write that returned before the query began.
    public func readFirstRow<Result>(_ sql: String, bind: (Statement) throws -> Void,
                                     _ row: (Statement) throws -> Result) throws -> Result? {
        if let batch = ThreadReadBatch.current {
            let connection = try batch.reader(for: self)
            do {
                return try Self.firstRow(connection, sql, bind: bind, row)
            } catch {
                batch.release(self)
                throw error
            }
        }
        return try readers.withConnection { connection in
            guard !connection.isInTransaction else { throw SQLiteError.nestedTransaction }
            return try Self.firstRow(connection, sql, bind: bind, row)
        }
    }

    private static func firstRow<Result>(_ connection: Connection, _ sql: String, bind: (Statement) throws -> Void,
                                         _ row: (Statement) throws -> Result) throws -> Result? {
        try connection.withStatement(sql) { statement in
            try bind(statement)
            return try statement.step() ? row(statement) : nil
        }
    }

    /// From now on the calling thread keeps one reader per database, with its read transaction open,
    /// across `readFirstRow` calls until `endReadBatch()`; for an event loop thread, which answers
    /// bursts of short lookups and never waits for a client. The thread must call `endReadBatch()`
    /// before it blocks (a held reader holds back WAL checkpoints and `replaceFile`).
    public static func batchReadsOnCurrentThread() {
        ThreadReadBatch.enableForCurrentThread()
    }

    /// Ends the calling thread's held read transactions and returns their readers; nothing when it
    /// holds none.
    public static func endReadBatch() {
        ThreadReadBatch.current?.releaseAll()
    }
}
