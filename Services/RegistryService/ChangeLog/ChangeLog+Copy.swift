import SQLite

extension ChangeLog {
    /// Inserts an item copied from the primary's feed with its own `id`, `at` and `endringstype`
    /// (a replica, §8 step 2), inside the caller's write transaction. The caller checks that `id` is
    /// the position + 1, so the log stays without gaps.
    static func insert(_ connection: Connection, _ record: ChangeRecord) throws {
        try connection.execute(
            "INSERT INTO changes (id, at, kind, orgnr, endringstype, affected_holders, state) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [record.id, record.at, record.kind, record.organisasjonsnummer, record.endringstype,
             record.affectedHolders, record.state])
    }
}
