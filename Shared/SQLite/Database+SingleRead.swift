extension Database {
    /// Runs one query on a reader without BEGIN/COMMIT and hands its first row to `row`; nil when the
    /// query has no row. A single statement in autocommit mode is its own read transaction, so it
    /// still sees one committed snapshot; skipping the explicit transaction saves two statements and
    /// their lock round trips on the hot lookup paths. `bind` binds the arguments; `row` reads the
    /// columns straight from the statement (`Statement.text(at:)`, `bytes(at:)`, …), without copying
    /// the row into `SQLiteValue`s. Use `read` for anything that needs more than one statement.
    public func readFirstRow<Result>(_ sql: String, bind: (Statement) throws -> Void,
                                     _ row: (Statement) throws -> Result) throws -> Result? {
        try readers.withConnection { connection in
            guard !connection.isInTransaction else { throw SQLiteError.nestedTransaction }
            return try connection.withStatement(sql) { statement in
                try bind(statement)
                return try statement.step() ? row(statement) : nil
            }
        }
    }
}
