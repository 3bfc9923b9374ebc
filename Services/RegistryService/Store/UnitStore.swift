import SQLite

/// Reads and writes `units`, keeping the search tables (`unit_codes`, `unit_names`) in step: only
/// active units have rows there, and `unit_names` holds each active unit's `sort_navn`.
enum UnitStore {
    /// The unit with this number, whatever its kind and status. The key is the rowid, so it is one seek.
    static func find(_ connection: Connection, _ organisasjonsnummer: String) throws -> UnitRow? {
        guard let rowid = Int64(organisasjonsnummer) else { return nil }
        return try connection.queryOne("SELECT \(UnitRow.columns) FROM units WHERE rowid = ?", [rowid])
            .map(UnitRow.init(row:))
    }

    /// Writes `document` as an active unit (new, changed or revived), replacing `previous`.
    static func save(_ connection: Connection, _ document: UnitDocument, previous: UnitRow?, changeId: Int64) throws {
        guard let rowid = Int64(document.organisasjonsnummer) else { return }
        if let previous, previous.status == .active { try removeFromSearch(connection, previous) }
        try connection.execute("""
            INSERT OR REPLACE INTO units (rowid, orgnr, kind, status, navn, sort_navn, form, parent, slettedato,
                nedleggelsesdato, registreringsdato, antall_ansatte, konkurs, under_avvikling, under_tvangsavvikling,
                mva, foretaksregisteret, document, changed_by)
            VALUES (?, ?, ?, 'active', ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [rowid, document.organisasjonsnummer, document.kind.rawValue, document.navn, document.sortName,
                  document.form.code, document.parent, document.nedleggelsesdato, document.registreringsdato,
                  document.antallAnsatte, document.flag("konkurs"), document.flag("underAvvikling"),
                  document.flag("underTvangsavviklingEllerTvangsopplosning"), document.flag("registrertIMvaregisteret"),
                  document.flag("registrertIForetaksregisteret"), String(decoding: document.bytes, as: UTF8.self),
                  changeId])
        try addToSearch(connection, rowid: rowid, sortName: document.sortName,
                        industryCodes: document.industryCodes, municipalityCodes: document.municipalityCodes)
    }

    /// Marks a unit deleted or removed with its date; it leaves the search tables.
    static func setStatus(_ connection: Connection, _ unit: UnitRow, _ status: UnitStatus, slettedato: String,
                          changeId: Int64) throws {
        if unit.status == .active { try removeFromSearch(connection, unit) }
        try connection.execute("UPDATE units SET status = ?, slettedato = ?, changed_by = ? WHERE orgnr = ?",
                               [status.rawValue, slettedato, changeId, unit.organisasjonsnummer])
    }

    /// Bulk import (§6): writes `document` as a new row with its imported status and date. Only an
    /// active unit enters the search tables, through the same helper as `save`. `text` is
    /// `document.bytes` as a string, encoded by the caller (the import does it on its reading thread).
    static func insertImported(_ connection: Connection, _ document: UnitDocument, text: String, status: UnitStatus,
                               slettedato: String?) throws {
        guard let rowid = Int64(document.organisasjonsnummer) else { return }
        try connection.execute("""
            INSERT INTO units (rowid, orgnr, kind, status, navn, sort_navn, form, parent, slettedato,
                nedleggelsesdato, registreringsdato, antall_ansatte, konkurs, under_avvikling, under_tvangsavvikling,
                mva, foretaksregisteret, document, changed_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
            """, [rowid, document.organisasjonsnummer, document.kind.rawValue, status.rawValue, document.navn,
                  document.sortName, document.form.code, document.parent, slettedato, document.nedleggelsesdato,
                  document.registreringsdato, document.antallAnsatte, document.flag("konkurs"),
                  document.flag("underAvvikling"), document.flag("underTvangsavviklingEllerTvangsopplosning"),
                  document.flag("registrertIMvaregisteret"), document.flag("registrertIForetaksregisteret"), text])
        guard status == .active else { return }
        try addToSearch(connection, rowid: rowid, sortName: document.sortName,
                        industryCodes: document.industryCodes, municipalityCodes: document.municipalityCodes)
    }

    private static func addToSearch(_ connection: Connection, rowid: Int64, sortName: String,
                                    industryCodes: [String], municipalityCodes: [String]) throws {
        try connection.execute("INSERT INTO unit_names (rowid, navn) VALUES (?, ?)", [rowid, sortName])
        for code in industryCodes {
            try connection.execute("INSERT OR IGNORE INTO unit_codes (kind, code, unit) VALUES ('naering', ?, ?)",
                                   [code, rowid])
        }
        for code in municipalityCodes {
            try connection.execute("INSERT OR IGNORE INTO unit_codes (kind, code, unit) VALUES ('kommune', ?, ?)",
                                   [code, rowid])
        }
    }

    private static func removeFromSearch(_ connection: Connection, _ unit: UnitRow) throws {
        guard let rowid = Int64(unit.organisasjonsnummer) else { return }
        try connection.execute("INSERT INTO unit_names (unit_names, rowid, navn) VALUES ('delete', ?, ?)",
                               [rowid, unit.sortName])
        try connection.execute("DELETE FROM unit_codes WHERE unit = ?", [rowid])
    }
}
