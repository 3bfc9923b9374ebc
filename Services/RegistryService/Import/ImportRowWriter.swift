import SQLite

/// Writes prepared records into the staging database: the same rows as `UnitStore.save` (and `setStatus`) and
/// `RoleStore.replace` with change id 0, through statements prepared once per file and bound value by
/// value (no argument arrays, no statement lookup per row). A roles record needs no delete first: the
/// staging file never holds roles of a unit not yet read (`RecordPreparer` rejects repeats, and a
/// resumed run's uncommitted rows were rolled back).
struct ImportRowWriter {
    private let units: Statement
    private let names: Statement
    private let codes: Statement
    private let roles: Statement
    private let dates: Statement

    private static let flagColumns = UnitFlag.allCases.map(\.column).joined(separator: ", ")
    private static let unitSQL = """
        INSERT INTO units (rowid, orgnr, kind, status, navn, sort_navn, form, parent, slettedato,
            nedleggelsesdato, registreringsdato, antall_ansatte, \(flagColumns), document, changed_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, \(UnitFlag.allCases.map { _ in "?" }.joined(separator: ", ")), ?, 0)
        """
    private static let namesSQL = "INSERT INTO unit_names (rowid, navn) VALUES (?, ?)"
    private static let codesSQL = "INSERT OR IGNORE INTO unit_codes (kind, code, unit) VALUES (?, ?, ?)"
    private static let rolesSQL = """
        INSERT INTO roles (unit, position, type, role_group, rekkefolge, holder_kind, holder, fodselsdato, fornavn,
            mellomnavn, etternavn, er_doed, fratraadt, avregistrert, extra, changed_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
        """
    private static let datesSQL = "INSERT INTO role_group_dates (unit, role_group, sist_endret) VALUES (?, ?, ?)"

    /// Runs `body` with a writer whose statements stay prepared for the whole call.
    static func with<Result>(_ connection: Connection, _ body: (ImportRowWriter) throws -> Result) throws -> Result {
        try connection.withStatement(unitSQL) { units in
            try connection.withStatement(namesSQL) { names in
                try connection.withStatement(codesSQL) { codes in
                    try connection.withStatement(rolesSQL) { roles in
                        try connection.withStatement(datesSQL) { dates in
                            try body(ImportRowWriter(units: units, names: names, codes: codes, roles: roles,
                                                     dates: dates))
                        }
                    }
                }
            }
        }
    }

    func insert(_ unit: ImportedUnit) throws {
        let rowid = unit.rowid
        try units.bind(rowid, at: 1)
        try units.bind(unit.organisasjonsnummer, at: 2)
        try units.bind(unit.kind.rawValue, at: 3)
        try units.bind(unit.status.rawValue, at: 4)
        try units.bind(unit.navn, at: 5)
        try units.bind(unit.sortName, at: 6)
        try units.bind(unit.form, at: 7)
        let columns = unit.columns
        try units.bind(columns.parent, at: 8)
        try units.bind(unit.slettedato, at: 9)
        try units.bind(columns.nedleggelsesdato, at: 10)
        try units.bind(columns.registreringsdato, at: 11)
        try units.bind(columns.antallAnsatte, at: 12)
        for (offset, flag) in columns.flags.enumerated() { try units.bind(flag, at: 13 + offset) }
        try units.bind(unit.text, at: 13 + columns.flags.count)
        try Self.run(units)
        guard let indexedName = unit.indexedName else { return }
        try names.bind(rowid, at: 1)
        try names.bind(indexedName, at: 2)
        try Self.run(names)
        for code in columns.industryCodes { try insertCode("naering", code, rowid) }
        for code in columns.municipalityCodes { try insertCode("kommune", code, rowid) }
    }

    func insert(_ set: ImportedRoles) throws {
        let unit = set.organisasjonsnummer
        for (position, record) in set.records.enumerated() {
            try bindRole(record, unit: unit, position: position, group: set.groups[position],
                         rekkefolge: set.rekkefolge[position])
            try Self.run(roles)
        }
        for (group, date) in set.sortedDates {
            try dates.bind(unit, at: 1)
            try dates.bind(group, at: 2)
            try dates.bind(date, at: 3)
            try Self.run(dates)
        }
    }

    private func bindRole(_ record: RoleRecord, unit: String, position: Int, group: String, rekkefolge: Int) throws {
        var person: PersonHolder?
        if case .person(let holder) = record.holder { person = holder }
        try roles.bind(unit, at: 1)
        try roles.bind(position, at: 2)
        try roles.bind(record.type, at: 3)
        try roles.bind(group, at: 4)
        try roles.bind(rekkefolge, at: 5)
        try roles.bind(person == nil ? "organisation" : "person", at: 6)
        try roles.bind(record.holderKey, at: 7)
        try roles.bind(person?.fodselsdato, at: 8)
        try roles.bind(person?.fornavn, at: 9)
        try roles.bind(person?.mellomnavn, at: 10)
        try roles.bind(person?.etternavn, at: 11)
        try roles.bind(person?.erDoed ?? false, at: 12)
        try roles.bind(record.fratraadt, at: 13)
        try roles.bind(record.avregistrert, at: 14)
        try roles.bind(record.extra, at: 15)
    }

    private func insertCode(_ kind: String, _ code: String, _ rowid: Int64) throws {
        try codes.bind(kind, at: 1)
        try codes.bind(code, at: 2)
        try codes.bind(rowid, at: 3)
        try Self.run(codes)
    }

    /// Steps an insert once, then resets it (which also clears its bindings).
    private static func run(_ statement: Statement) throws {
        defer { statement.reset() }
        _ = try statement.step()
    }
}
