/// One result row, copied out of its statement, so it can outlive the query and cross threads.
///
/// Read columns by index or name, as any `SQLiteValueConvertible` type:
/// `let id: Int = try row[0]`, `let email = try row["email"] as String?`.
/// A conversion that does not fit (including NULL into a non-optional) throws `typeMismatch`.
public struct Row: Sendable, Equatable {
    public let columnNames: [String]
    public internal(set) var values: [SQLiteValue]

    public init(columnNames: [String], values: [SQLiteValue]) {
        self.columnNames = columnNames
        self.values = values
    }

    public var count: Int { values.count }

    /// The raw value at the 0-based `index`.
    public func value(at index: Int) throws -> SQLiteValue {
        guard values.indices.contains(index) else { throw SQLiteError.columnNotFound(String(index)) }
        return values[index]
    }

    /// The raw value of the column `name`.
    public func value(named name: String) throws -> SQLiteValue {
        guard let index = index(of: name) else { throw SQLiteError.columnNotFound(name) }
        return values[index]
    }

    /// The 0-based index of the column `name`: an exact match first, then ignoring ASCII case
    /// (SQL identifiers are case-insensitive).
    public func index(of name: String) -> Int? {
        if let exact = columnNames.firstIndex(of: name) { return exact }
        let lowered = name.lowercased()
        return columnNames.firstIndex { $0.lowercased() == lowered }
    }

    public subscript<Value: SQLiteValueConvertible>(index: Int) -> Value {
        get throws {
            let value = try value(at: index)
            let column = columnNames.indices.contains(index) ? columnNames[index] : String(index)
            return try convert(value, column: column)
        }
    }

    public subscript<Value: SQLiteValueConvertible>(name: String) -> Value {
        get throws { try convert(value(named: name), column: name) }
    }

    private func convert<Value: SQLiteValueConvertible>(_ value: SQLiteValue, column: String) throws -> Value {
        guard let converted = Value.fromSQLiteValue(value) else {
            throw SQLiteError.typeMismatch(column: column, expected: String(describing: Value.self),
                                           actual: value.storageClass)
        }
        return converted
    }
}
