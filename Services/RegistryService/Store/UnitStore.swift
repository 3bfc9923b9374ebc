import SQLite

/// Reads and writes `units`, keeping the search tables (`unit_codes`, `unit_names`) in step: only
/// active units have rows there, and `unit_names` holds `SearchName.indexedText` of each one's name.
enum UnitStore {
    /// The unit with this number, whatever its kind and status: two rowid seeks (`UnitRowid`), as the
    /// number may be an enhet's or an underenhet's.
    static func find(_ connection: Connection, _ organisasjonsnummer: String) throws -> UnitRow? {
        guard let rowids = UnitRowid.candidates(organisasjonsnummer) else { return nil }
        return try connection.queryOne("SELECT \(UnitRow.columns) FROM units WHERE rowid IN (?, ?)",
                                       [rowids.enhet, rowids.underenhet])
            .map(UnitRow.init(row:))
    }

    /// `INSERT OR REPLACE` of an active unit; the flag columns follow `UnitFlag`'s order.
    private static let saveSQL = """
        INSERT OR REPLACE INTO units (rowid, orgnr, kind, status, navn, sort_navn, form, parent, slettedato,
            nedleggelsesdato, registreringsdato, antall_ansatte, \(flagColumns), document, changed_by)
        VALUES (?, ?, ?, 'active', ?, ?, ?, ?, NULL, ?, ?, ?, \(flagPlaceholders), ?, ?)
        """
    private static let flagColumns = UnitFlag.allCases.map(\.column).joined(separator: ", ")
    private static let flagPlaceholders = UnitFlag.allCases.map { _ in "?" }.joined(separator: ", ")

    /// Writes `document` as an active unit (new, changed or revived), replacing `previous`. Should a
    /// replica's feed turn a number into the other kind, `OR REPLACE` drops the old row by its `orgnr`.
    static func save(_ connection: Connection, _ document: UnitDocument, previous: UnitRow?, changeId: Int64) throws {
        guard let rowid = UnitRowid.of(document.organisasjonsnummer, kind: document.kind) else { return }
        if let previous, previous.status == .active { try removeFromSearch(connection, previous) }
        let columns: SQLiteArguments = [rowid, document.organisasjonsnummer, document.kind.rawValue, document.navn,
                                        document.sortName, document.form.code, document.parent,
                                        document.nedleggelsesdato, document.registreringsdato, document.antallAnsatte]
        try connection.execute(saveSQL, columns + flags(document) + [String(decoding: document.bytes, as: UTF8.self), changeId])
        try addToSearch(connection, rowid: rowid, indexedName: SearchName.indexedText(document.navn, kind: document.kind),
                        industryCodes: document.industryCodes, municipalityCodes: document.municipalityCodes)
    }

    /// Marks a unit deleted or removed with its date; it leaves the search tables.
    static func setStatus(_ connection: Connection, _ unit: UnitRow, _ status: UnitStatus, slettedato: String,
                          changeId: Int64) throws {
        if unit.status == .active { try removeFromSearch(connection, unit) }
        try connection.execute("UPDATE units SET status = ?, slettedato = ?, changed_by = ? WHERE orgnr = ?",
                               [status.rawValue, slettedato, changeId, unit.organisasjonsnummer])
    }

    /// The flag columns' values, in `UnitFlag` order.
    private static func flags(_ document: UnitDocument) -> SQLiteArguments {
        UnitFlag.allCases.map { flag -> (any SQLiteValueConvertible)? in document.flag(flag.field) }
    }

    private static func addToSearch(_ connection: Connection, rowid: Int64, indexedName: String,
                                    industryCodes: [String], municipalityCodes: [String]) throws {
        try connection.execute("INSERT INTO unit_names (rowid, navn) VALUES (?, ?)", [rowid, indexedName])
        for code in industryCodes {
            try connection.execute("INSERT OR IGNORE INTO unit_codes (kind, code, unit) VALUES ('naering', ?, ?)",
                                   [code, rowid])
        }
        for code in municipalityCodes {
            try connection.execute("INSERT OR IGNORE INTO unit_codes (kind, code, unit) VALUES ('kommune', ?, ?)",
                                   [code, rowid])
        }
    }

    /// Removes an active unit's search rows; the FTS row goes with the very text `addToSearch` inserted.
    private static func removeFromSearch(_ connection: Connection, _ unit: UnitRow) throws {
        guard let rowid = UnitRowid.of(unit.organisasjonsnummer, kind: unit.kind) else { return }
        try connection.execute("INSERT INTO unit_names (unit_names, rowid, navn) VALUES ('delete', ?, ?)",
                               [rowid, SearchName.indexedText(unit.navn, kind: unit.kind)])
        try connection.execute("DELETE FROM unit_codes WHERE unit = ?", [rowid])
    }
}
