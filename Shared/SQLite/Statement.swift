import CSQLite

/// A prepared statement. Not thread-safe: it belongs to its connection, which is used by one
/// thread at a time. Use it through `Connection.withStatement`, which caches it by SQL text
/// and resets it (and clears its bindings) after each use.
public final class Statement {
    /// Nil once finalized.
    private(set) var handle: OpaquePointer?
    public let sql: String
    /// Set while a caller uses this cached statement, so a re-entrant use of the same SQL
    /// gets its own statement instead of resetting this one.
    var isInUse = false
    private var cachedColumnNames: [String]?

    /// Prepares exactly one statement; trailing whitespace and comments are allowed.
    init(database: OpaquePointer, sql: String, persistent: Bool) throws {
        self.sql = sql
        let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        self.handle = try sql.withCString { text in
            var statement: OpaquePointer?
            var tail: UnsafePointer<CChar>?
            guard sqlite3_prepare_v3(database, text, -1, flags, &statement, &tail) == SQLITE_OK else {
                throw SQLiteError(handle: database, sql: sql)
            }
            guard let statement else { throw SQLiteError.misuse("SQL holds no statement", sql: sql) }
            if let tail, try Self.holdsStatement(tail, database: database) {
                sqlite3_finalize(statement)
                throw SQLiteError.misuse("SQL holds more than one statement; use execute(script:)", sql: sql)
            }
            return statement
        }
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Releases the SQLite statement; later use throws `SQLiteError.closed`.
    func finalize() {
        sqlite3_finalize(handle)
        handle = nil
    }

    /// Whether `text` holds another statement (not just whitespace, semicolons or comments).
    private static func holdsStatement(_ text: UnsafePointer<CChar>, database: OpaquePointer) throws -> Bool {
        guard text.pointee != 0 else { return false }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(database, text, -1, &statement, nil) == SQLITE_OK else { return true }
        sqlite3_finalize(statement)
        return statement != nil
    }

    func liveHandle() throws -> OpaquePointer {
        guard let handle else { throw SQLiteError.closed }
        return handle
    }

    /// Advances to the next row: true when a row is available, false when the statement is done.
    public func step() throws -> Bool {
        let handle = try liveHandle()
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw SQLiteError(handle: sqlite3_db_handle(handle), sql: sql)
        }
    }

    /// Runs the statement to completion with these arguments, discarding any rows, then resets it.
    public func execute(_ arguments: [(any SQLiteValueConvertible)?] = []) throws {
        defer { reset() }
        try bind(arguments)
        while try step() {}
    }

    /// Rewinds the statement and clears its bindings, so no argument outlives its call.
    public func reset() {
        guard let handle else { return }
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// The result column names, read once per statement (they are fixed by its SQL).
    public var columnNames: [String] {
        guard let handle else { return [] }
        let count = Int(sqlite3_column_count(handle))
        if let cachedColumnNames, cachedColumnNames.count == count { return cachedColumnNames }
        let names = (0..<count).map { index in
            sqlite3_column_name(handle, Int32(index)).map { String(cString: $0) } ?? ""
        }
        cachedColumnNames = names
        return names
    }
}
