import CSQLite

extension Connection {
    /// Runs one statement with its arguments, discarding any rows.
    public func execute(_ sql: String, _ arguments: SQLiteArguments = []) throws {
        try withStatement(sql) { try $0.execute(arguments) }
    }

    /// Runs a script of several statements without arguments, such as a migration.
    /// Script statements are prepared once and not cached.
    public func execute(script: String) throws {
        let database = try liveHandle()
        try script.withCString { start in
            var next: UnsafePointer<CChar>? = start
            while let text = next, text.pointee != 0 {
                var statement: OpaquePointer?
                guard sqlite3_prepare_v2(database, text, -1, &statement, &next) == SQLITE_OK else {
                    throw SQLiteError(handle: database, sql: script)
                }
                guard let statement else { continue }  // only whitespace or a comment
                defer { sqlite3_finalize(statement) }
                var code = sqlite3_step(statement)
                while code == SQLITE_ROW { code = sqlite3_step(statement) }
                guard code == SQLITE_DONE else { throw SQLiteError(handle: database, sql: script) }
            }
        }
    }

    /// All rows of a query, copied out.
    public func query(_ sql: String, _ arguments: SQLiteArguments = []) throws -> [Row] {
        var rows: [Row] = []
        try forEachRow(sql, arguments) { rows.append($0) }
        return rows
    }

    /// The first row of a query, or nil when it has none. Later rows are not read.
    public func queryOne(_ sql: String, _ arguments: SQLiteArguments = []) throws -> Row? {
        try withStatement(sql) { statement in
            try statement.bind(arguments)
            return try statement.step() ? statement.currentRow() : nil
        }
    }

    /// The first column of the first row, or nil when there is no row or the value is NULL.
    public func scalar<Value: SQLiteValueConvertible>(
        _ sql: String, _ arguments: SQLiteArguments = [], as type: Value.Type = Value.self
    ) throws -> Value? {
        guard let row = try queryOne(sql, arguments) else { return nil }
        return try row[0] as Value?
    }

    /// Streams a query's rows to `body` one at a time, for scans too big to hold in memory.
    /// The row's storage is reused between rows unless `body` keeps a copy.
    public func forEachRow(
        _ sql: String, _ arguments: SQLiteArguments = [], _ body: (Row) throws -> Void
    ) throws {
        try withStatement(sql) { statement in
            try statement.bind(arguments)
            var row = Row(columnNames: statement.columnNames, values: [])
            row.values.reserveCapacity(row.columnNames.count)
            while try statement.step() {
                statement.readRow(into: &row.values)
                try body(row)
            }
        }
    }

    /// The rowid of the last successful INSERT on this connection.
    public var lastInsertRowID: Int64 {
        handle.map { sqlite3_last_insert_rowid($0) } ?? 0
    }

    /// Rows changed by the last INSERT, UPDATE or DELETE on this connection.
    public var changes: Int {
        handle.map { Int(sqlite3_changes64($0)) } ?? 0
    }

    /// Rows changed since this connection was opened.
    public var totalChanges: Int {
        handle.map { Int(sqlite3_total_changes64($0)) } ?? 0
    }
}
