import CSQLite

/// Typed reads of the current row's columns, for hot paths that skip `Row`: no `SQLiteValue` array,
/// no boxing. A NULL reads as nil; so does an out-of-range column.
extension Statement {
    public func isNull(at column: Int) -> Bool {
        guard let handle, let column = Int32(exactly: column) else { return true }
        return sqlite3_column_type(handle, column) == SQLITE_NULL
    }

    /// An INTEGER column (nil when NULL or of another type).
    public func int64(at column: Int) -> Int64? {
        guard let handle, let column = Int32(exactly: column),
              sqlite3_column_type(handle, column) == SQLITE_INTEGER else { return nil }
        return sqlite3_column_int64(handle, column)
    }

    /// A TEXT column as a String (nil when NULL or of another type).
    public func text(at column: Int) -> String? {
        guard let handle, let column = Int32(exactly: column),
              sqlite3_column_type(handle, column) == SQLITE_TEXT else { return nil }
        guard let text = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// Lends a TEXT column's UTF-8 bytes in place, valid only inside `body` (nil when NULL or of another
    /// type): for answers written straight into a buffer, without a String per column.
    public func withText<Result>(at column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result? {
        guard let handle, let column = Int32(exactly: column),
              sqlite3_column_type(handle, column) == SQLITE_TEXT else { return nil }
        // Read the pointer before the length, as SQLite's documentation asks.
        guard let text = sqlite3_column_text(handle, column) else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try body(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column))))
    }

    /// A TEXT or BLOB column's bytes, copied once and not decoded (nil when NULL or a number).
    public func bytes(at column: Int) -> [UInt8]? {
        guard let handle, let column = Int32(exactly: column) else { return nil }
        switch sqlite3_column_type(handle, column) {
        case SQLITE_TEXT:
            // Read the pointer before the length, as SQLite's documentation asks.
            guard let text = sqlite3_column_text(handle, column) else { return [] }
            return Array(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column))))
        case SQLITE_BLOB:
            guard let blob = sqlite3_column_blob(handle, column) else { return [] }
            return Array(UnsafeRawBufferPointer(start: blob, count: Int(sqlite3_column_bytes(handle, column))))
        default:
            return nil
        }
    }
}
