import SQLite

/// Schema version 5: `unit_names` again, with `columnsize = 0`. Nothing ranks name matches (no `bm25`,
/// no `rank`), so the per-row `unit_names_docsize` entry was pure cost: about a third of the FTS5 insert
/// time of a bulk import. Without it the table cannot be scanned without `MATCH`, which no query does.
///
/// The table is contentless, so its rows cannot be copied: the migration drops it and indexes every
/// active unit again from `units`, with the text the writers insert (`SearchName.indexedText`), so the
/// writers' 'delete' commands keep matching. A fresh database runs the same steps on an empty `units`.
enum UnitNamesRebuild {
    static let table = """
        DROP TABLE unit_names;
        CREATE VIRTUAL TABLE unit_names USING fts5(
            navn, content = '', detail = none, columnsize = 0,
            tokenize = "ascii tokenchars '!""#$%&''()*+,-./:;<=>?@[\\]^_`{|}~'"
        );
        """

    @Sendable
    static func apply(_ connection: Connection) throws {
        try connection.execute(script: table)
        try connection.withStatement("INSERT INTO unit_names (rowid, navn) VALUES (?, ?)") { insert in
            try connection.forEachRow("SELECT rowid, navn, kind FROM units WHERE status = 'active' ORDER BY rowid") { row in
                let kind = OrganisationForm.UnitKind(rawValue: try row[2]) ?? .enhet
                try insert.bind(try row[0] as Int64, at: 1)
                try insert.bind(SearchName.indexedText(try row[1], kind: kind), at: 2)
                defer { insert.reset() }
                _ = try insert.step()
            }
        }
    }
}
