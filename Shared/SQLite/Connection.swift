import CSQLite

/// One SQLite connection, opened with `SQLITE_OPEN_NOMUTEX`: SQLite does not lock it, so it
/// must be used by one thread at a time. `Database` guarantees that by handing each connection
/// to one caller at a time; a `Connection` is deliberately not `Sendable`.
///
/// Statements are prepared once per SQL text and cached (see `withStatement`).
public final class Connection {
    /// Nil once closed.
    private(set) var handle: OpaquePointer?
    public let path: String
    public let mode: OpenMode
    private var statements: [String: Statement] = [:]
    private let statementCacheLimit: Int
    /// How many statements this connection has prepared; a cached SQL text counts once.
    public private(set) var preparedStatementCount = 0

    /// Opens (and with `.readWriteCreate` creates) the database file at `path`.
    /// The parent directory must exist.
    public init(path: String, mode: OpenMode = .readWriteCreate, statementCacheLimit: Int = 256) throws {
        self.path = path
        self.mode = mode
        self.statementCacheLimit = max(1, statementCacheLimit)
        _ = SQLiteLibrary.isConfigured
        var database: OpaquePointer?
        let flags = mode.flags | SQLITE_OPEN_NOMUTEX
        guard sqlite3_open_v2(path, &database, flags, nil) == SQLITE_OK, let database else {
            let error = SQLiteError(handle: database, sql: nil)
            sqlite3_close_v2(database)
            throw error
        }
        sqlite3_extended_result_codes(database, 1)
        self.handle = database
    }

    deinit {
        close()
    }

    /// Finalizes the cached statements and closes the connection. Closing twice is harmless.
    /// Later calls throw `SQLiteError.closed`.
    public func close() {
        guard let handle else { return }
        for statement in statements.values {
            statement.finalize()
        }
        statements.removeAll()
        // close_v2 defers the real close until any statement still referenced elsewhere is
        // finalized, instead of failing with SQLITE_BUSY.
        sqlite3_close_v2(handle)
        self.handle = nil
    }

    public var isClosed: Bool { handle == nil }

    func liveHandle() throws -> OpaquePointer {
        guard let handle else { throw SQLiteError.closed }
        return handle
    }

    /// Runs `body` with the cached statement for `sql`, preparing it on first use, then resets it
    /// and clears its bindings. If the statement is already in use further up the stack (a nested
    /// query with the same SQL), `body` gets a fresh, uncached statement instead.
    public func withStatement<Result>(_ sql: String, _ body: (Statement) throws -> Result) throws -> Result {
        let statement = try cachedStatement(sql)
        statement.isInUse = true
        defer {
            statement.reset()
            statement.isInUse = false
        }
        return try body(statement)
    }

    private func cachedStatement(_ sql: String) throws -> Statement {
        if let cached = statements[sql] {
            return cached.isInUse ? try prepare(sql, persistent: false) : cached
        }
        if statements.count >= statementCacheLimit {
            evictIdleStatements()
        }
        let statement = try prepare(sql, persistent: true)
        statements[sql] = statement
        return statement
    }

    private func prepare(_ sql: String, persistent: Bool) throws -> Statement {
        let statement = try Statement(database: liveHandle(), sql: sql, persistent: persistent)
        preparedStatementCount += 1
        return statement
    }

    /// Empties the statement cache, for example after a schema change.
    /// Statements in use stay alive until their caller is done with them.
    public func clearStatementCache() {
        evictIdleStatements()
        statements.removeAll()
    }

    private func evictIdleStatements() {
        for (sql, statement) in statements where !statement.isInUse {
            statements[sql] = nil
            statement.finalize()
        }
    }
}
