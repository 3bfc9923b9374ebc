/// An error from SQLite or from this wrapper's use of it.
///
/// Cases that come from SQLite carry a `Context` with the primary and extended result codes,
/// SQLite's message and the SQL text (never the bound arguments, which may be personal data).
public enum SQLiteError: Error, Sendable, Equatable {
    /// A constraint failed; the kind is read from the extended result code.
    case constraint(Constraint, Context)
    /// `SQLITE_BUSY`: another connection held a lock for longer than the busy timeout.
    case busy(Context)
    /// `SQLITE_LOCKED`: a conflict inside this connection's shared cache or with itself.
    case locked(Context)
    /// `SQLITE_CORRUPT`: the database file is malformed.
    case corrupt(Context)
    /// `SQLITE_NOTADB`: the file is not an SQLite database (or its header is destroyed).
    case notADatabase(Context)
    /// `SQLITE_CANTOPEN`: the file cannot be opened or created.
    case cantOpen(Context)
    /// `SQLITE_READONLY`: a write on a read-only connection or file.
    case readOnly(Context)
    /// `SQLITE_MISUSE`, or an API misuse this wrapper detects itself (such as two statements
    /// given to a single-statement call).
    case misuse(Context)
    /// Any other SQLite result code.
    case other(Context)

    /// The SQL has `expected` parameters but `actual` arguments were given.
    case argumentCount(expected: Int, actual: Int, sql: String)
    /// A column's value does not convert to the requested Swift type.
    /// `actual` is the storage class (`NULL`, `TEXT`...), never the value.
    case typeMismatch(column: String, expected: String, actual: String)
    /// No column with this name or index in the row.
    case columnNotFound(String)
    /// A transaction, read or write was begun where one is already in progress on this
    /// connection or this thread; waiting would deadlock, so it fails instead.
    case nestedTransaction
    /// The connection or database has been closed.
    case closed
}
