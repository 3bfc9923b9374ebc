extension SQLiteError {
    /// Which kind of constraint failed, from the extended result code.
    public enum Constraint: Sendable, Equatable {
        case unique
        case primaryKey
        case foreignKey
        case notNull
        case check
        /// Another constraint kind (trigger, rowid, datatype...); see the extended code.
        case other
    }
}
