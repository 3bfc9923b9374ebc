import SQLite

extension UnitStore {
    private static let lookupSQL = "SELECT \(StoredUnit.columns) FROM units WHERE rowid = ?"

    /// The unit with this number for a public lookup: one rowid seek as a single autocommit read (no
    /// BEGIN/COMMIT), the document kept as bytes. Nil when absent or not a number.
    static func lookup(_ database: Database, _ organisasjonsnummer: String) throws -> StoredUnit? {
        guard let rowid = Int64(organisasjonsnummer) else { return nil }
        let unit = try database.readFirstRow(lookupSQL, bind: { try $0.bind(rowid, at: 1) }) { StoredUnit(statement: $0) }
        return unit ?? nil
    }
}
