import CSQLite

extension Connection {
    /// True between BEGIN and COMMIT or ROLLBACK.
    public var isInTransaction: Bool {
        handle.map { sqlite3_get_autocommit($0) == 0 } ?? false
    }

    /// Runs `body` in a transaction: commits when it returns, rolls back when it (or the commit)
    /// throws, and rethrows. Beginning a transaction inside another throws `nestedTransaction`;
    /// use `savepoint` for a nested unit that can fail on its own.
    public func transaction<Result>(
        _ kind: TransactionKind = .immediate, _ body: (Connection) throws -> Result
    ) throws -> Result {
        guard !isInTransaction else { throw SQLiteError.nestedTransaction }
        try execute(kind.beginSQL)
        do {
            let result = try body(self)
            try execute("COMMIT TRANSACTION")
            return result
        } catch {
            rollback()
            throw error
        }
    }

    /// Runs `body` inside a savepoint of the current transaction: on a throw only the
    /// savepoint's changes are undone, and the error is rethrown. Savepoints nest.
    public func savepoint<Result>(_ body: (Connection) throws -> Result) throws -> Result {
        try execute("SAVEPOINT nested")
        do {
            let result = try body(self)
            try execute("RELEASE SAVEPOINT nested")
            return result
        } catch {
            // SQLite may already have rolled the whole transaction back (after SQLITE_FULL,
            // SQLITE_IOERR, SQLITE_BUSY or SQLITE_NOMEM); then there is nothing to undo.
            if isInTransaction {
                try? execute("ROLLBACK TRANSACTION TO SAVEPOINT nested")
                try? execute("RELEASE SAVEPOINT nested")
            }
            throw error
        }
    }

    /// Rolls back if a transaction is still open. Always safe: SQLite may already have rolled
    /// back by itself after some errors, and a failing ROLLBACK leaves nothing else to do.
    func rollback() {
        guard isInTransaction else { return }
        try? execute("ROLLBACK TRANSACTION")
    }
}
