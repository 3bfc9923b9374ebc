import CSQLite

extension Statement {
    /// Binds every parameter, in order. The count must match the SQL's parameters exactly.
    public func bind(_ arguments: [(any SQLiteValueConvertible)?]) throws {
        let handle = try liveHandle()
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard arguments.count == expected else {
            throw SQLiteError.argumentCount(expected: expected, actual: arguments.count, sql: sql)
        }
        for (offset, argument) in arguments.enumerated() {
            try bind(argument?.sqliteValue ?? .null, at: offset + 1)
        }
    }

    /// Binds one value to the 1-based parameter `index`, without boxing it in an existential.
    public func bind<Value: SQLiteValueConvertible>(_ value: Value, at index: Int) throws {
        try bind(value.sqliteValue, at: index)
    }

    /// Binds one value to the 1-based parameter `index`.
    public func bind(_ value: SQLiteValue, at index: Int) throws {
        let handle = try liveHandle()
        guard let position = Int32(exactly: index) else {
            throw SQLiteError.argumentCount(expected: Int(sqlite3_bind_parameter_count(handle)),
                                            actual: index, sql: sql)
        }
        let code: Int32
        switch value {
        case .null: code = sqlite3_bind_null(handle, position)
        case .integer(let int): code = sqlite3_bind_int64(handle, position, int)
        case .real(let double): code = sqlite3_bind_double(handle, position, double)
        case .text(let text): code = Self.bindText(text, handle: handle, at: position)
        case .blob(let bytes): code = Self.bindBlob(bytes, handle: handle, at: position)
        }
        guard code == SQLITE_OK else { throw SQLiteError(handle: sqlite3_db_handle(handle), sql: sql) }
    }

    private static func bindText(_ text: String, handle: OpaquePointer, at position: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { bytes in
            guard let length = Int32(exactly: bytes.count) else { return SQLITE_TOOBIG }
            // An empty buffer may have no address, and a NULL pointer would bind NULL, not "".
            guard let base = bytes.baseAddress, length > 0 else {
                return csqlite_bind_text_transient(handle, position, "", 0)
            }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { characters in
                csqlite_bind_text_transient(handle, position, characters, length)
            }
        }
    }

    private static func bindBlob(_ bytes: [UInt8], handle: OpaquePointer, at position: Int32) -> Int32 {
        guard let length = Int32(exactly: bytes.count) else { return SQLITE_TOOBIG }
        // A NULL pointer would bind NULL; an empty blob must stay an empty blob.
        guard length > 0 else { return sqlite3_bind_zeroblob(handle, position, 0) }
        return bytes.withUnsafeBytes { raw in
            csqlite_bind_blob_transient(handle, position, raw.baseAddress, length)
        }
    }
}
