import CSQLite

extension SQLiteError {
    /// Classifies an (extended) result code from SQLite.
    init(extendedCode: Int32, message: String, sql: String?) {
        let code = extendedCode & 0xFF
        let context = Context(code: code, extendedCode: extendedCode, message: message, sql: sql)
        switch code {
        case SQLITE_CONSTRAINT: self = .constraint(Self.constraint(extendedCode), context)
        case SQLITE_BUSY: self = .busy(context)
        case SQLITE_LOCKED: self = .locked(context)
        case SQLITE_CORRUPT: self = .corrupt(context)
        case SQLITE_NOTADB: self = .notADatabase(context)
        case SQLITE_CANTOPEN: self = .cantOpen(context)
        case SQLITE_READONLY: self = .readOnly(context)
        case SQLITE_MISUSE: self = .misuse(context)
        default: self = .other(context)
        }
    }

    /// The error SQLite last reported on `handle`, for the statement `sql`.
    init(handle: OpaquePointer?, sql: String?) {
        let extended = handle.map { sqlite3_extended_errcode($0) } ?? SQLITE_NOMEM
        let message = handle.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(extended))
        self.init(extendedCode: extended, message: message, sql: sql)
    }

    /// An error that this wrapper detects itself, reported as `SQLITE_MISUSE`.
    static func misuse(_ message: String, sql: String?) -> SQLiteError {
        .misuse(Context(code: SQLITE_MISUSE, extendedCode: SQLITE_MISUSE, message: message, sql: sql))
    }

    private static func constraint(_ extendedCode: Int32) -> Constraint {
        switch extendedCode {
        case ExtendedResultCode.constraintUnique: .unique
        case ExtendedResultCode.constraintPrimaryKey: .primaryKey
        case ExtendedResultCode.constraintForeignKey: .foreignKey
        case ExtendedResultCode.constraintNotNull: .notNull
        case ExtendedResultCode.constraintCheck: .check
        default: .other
        }
    }
}
