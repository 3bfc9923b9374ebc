import CSQLite

/// Extended result codes that Swift cannot import: sqlite3.h defines them as
/// `(SQLITE_CONSTRAINT | (n<<8))`, a macro shape the Clang importer skips.
enum ExtendedResultCode {
    static let constraintCheck = SQLITE_CONSTRAINT | (1 << 8)
    static let constraintForeignKey = SQLITE_CONSTRAINT | (3 << 8)
    static let constraintNotNull = SQLITE_CONSTRAINT | (5 << 8)
    static let constraintPrimaryKey = SQLITE_CONSTRAINT | (6 << 8)
    static let constraintUnique = SQLITE_CONSTRAINT | (8 << 8)
}
