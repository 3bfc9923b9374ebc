extension SQLiteError: CustomStringConvertible {
    public var description: String {
        if let context { return context.description }
        switch self {
        case .argumentCount(let expected, let actual, let sql):
            return "SQL expects \(expected) arguments but \(actual) were given (in: \(sql))"
        case .typeMismatch(let column, let expected, let actual):
            return "column \(column) holds \(actual), which does not convert to \(expected)"
        case .columnNotFound(let column):
            return "no column \(column) in the row"
        case .nestedTransaction:
            return "a transaction or database access is already in progress on this thread"
        case .closed:
            return "the database is closed"
        default:
            return "SQLite error"
        }
    }
}
