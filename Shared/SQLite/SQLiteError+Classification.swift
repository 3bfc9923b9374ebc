extension SQLiteError {
    /// SQLite's codes, message and SQL, for the cases that come from SQLite.
    public var context: Context? {
        switch self {
        case .constraint(_, let context), .busy(let context), .locked(let context),
             .corrupt(let context), .notADatabase(let context), .cantOpen(let context),
             .readOnly(let context), .misuse(let context), .other(let context):
            context
        case .argumentCount, .typeMismatch, .columnNotFound, .nestedTransaction, .closed:
            nil
        }
    }

    /// The extended result code, when the error comes from SQLite.
    public var extendedCode: Int32? { context?.extendedCode }

    /// A UNIQUE constraint or PRIMARY KEY conflict: the row already exists (HTTP 409).
    public var isUniqueViolation: Bool {
        if case .constraint(let kind, _) = self { return kind == .unique || kind == .primaryKey }
        return false
    }

    public var isForeignKeyViolation: Bool { isConstraint(.foreignKey) }
    public var isNotNullViolation: Bool { isConstraint(.notNull) }
    public var isCheckViolation: Bool { isConstraint(.check) }

    /// `SQLITE_BUSY` or `SQLITE_LOCKED`: worth retrying later (HTTP 503).
    public var isBusy: Bool {
        switch self {
        case .busy, .locked: true
        default: false
        }
    }

    /// The file is damaged or not a database at all.
    public var isCorruption: Bool {
        switch self {
        case .corrupt, .notADatabase: true
        default: false
        }
    }

    private func isConstraint(_ wanted: Constraint) -> Bool {
        if case .constraint(let kind, _) = self { return kind == wanted }
        return false
    }
}
