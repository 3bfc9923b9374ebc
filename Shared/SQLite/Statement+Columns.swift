import CSQLite

extension Statement {
    /// The current row's value in the 0-based `column`; NULL when out of range.
    public func value(at column: Int) -> SQLiteValue {
        guard let handle, let column = Int32(exactly: column) else { return .null }
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(handle, column))
        case SQLITE_TEXT:
            // Read the pointer before the length, as SQLite's documentation asks.
            guard let text = sqlite3_column_text(handle, column) else { return .text("") }
            let count = Int(sqlite3_column_bytes(handle, column))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            guard let blob = sqlite3_column_blob(handle, column) else { return .blob([]) }
            let count = Int(sqlite3_column_bytes(handle, column))
            return .blob(Array(UnsafeRawBufferPointer(start: blob, count: count)))
        default:
            return .null
        }
    }

    /// Replaces `values` with the current row's values, reusing the array's storage.
    func readRow(into values: inout [SQLiteValue]) {
        let count = handle.map { Int(sqlite3_column_count($0)) } ?? 0
        values.removeAll(keepingCapacity: true)
        for column in 0..<count {
            values.append(value(at: column))
        }
    }

    /// The current row, copied out of the statement.
    func currentRow() -> Row {
        var values: [SQLiteValue] = []
        readRow(into: &values)
        return Row(columnNames: columnNames, values: values)
    }
}
