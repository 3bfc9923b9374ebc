extension SQLiteError {
    /// What SQLite reported: its result codes, message, and the statement that failed.
    public struct Context: Sendable, Equatable, CustomStringConvertible {
        /// The primary result code (`SQLITE_CONSTRAINT` = 19...).
        public var code: Int32
        /// The extended result code (`SQLITE_CONSTRAINT_UNIQUE` = 2067...).
        public var extendedCode: Int32
        /// SQLite's message, for example `UNIQUE constraint failed: users.email`.
        public var message: String
        /// The SQL text of the failing statement, when there was one.
        public var sql: String?

        public init(code: Int32, extendedCode: Int32, message: String, sql: String? = nil) {
            self.code = code
            self.extendedCode = extendedCode
            self.message = message
            self.sql = sql
        }

        public var description: String {
            let base = "SQLite error \(extendedCode): \(message)"
            guard let sql else { return base }
            return "\(base) (in: \(sql))"
        }
    }
}
