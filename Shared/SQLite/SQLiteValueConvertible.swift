/// A Swift type that can be bound as a statement argument and read back from a column.
///
/// `Optional` conforms when its wrapped type does: `nil` binds as NULL, and NULL reads as `nil`.
/// A non-optional type reading NULL is a type mismatch.
public protocol SQLiteValueConvertible {
    /// The value to bind.
    var sqliteValue: SQLiteValue { get }

    /// Converts a column value, or returns nil when the value does not fit this type.
    static func fromSQLiteValue(_ value: SQLiteValue) -> Self?
}

extension Optional: SQLiteValueConvertible where Wrapped: SQLiteValueConvertible {
    public var sqliteValue: SQLiteValue {
        switch self {
        case .none: .null
        case .some(let wrapped): wrapped.sqliteValue
        }
    }

    /// NULL reads as `.some(nil)`; a value that does not fit `Wrapped` reads as nil (a mismatch).
    public static func fromSQLiteValue(_ value: SQLiteValue) -> Wrapped?? {
        if case .null = value { return .some(nil) }
        guard let wrapped = Wrapped.fromSQLiteValue(value) else { return nil }
        return .some(wrapped)
    }
}
