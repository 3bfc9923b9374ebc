import SQLite

/// A role seen from its holder (`GET /internal/roles?holder=`): the role and the unit it is held in.
struct HeldRole: Sendable {
    let unit: String
    let unitName: String
    let unitForm: String
    let unitStatus: UnitStatus
    let record: RoleRecord
    let changedBy: Int64

    static let sql = """
        SELECT r.unit, r.type, r.holder_kind, r.fodselsdato, r.fornavn, r.mellomnavn, r.etternavn, r.er_doed,
               r.fratraadt, r.avregistrert, r.changed_by, u.navn, u.form, u.status
        FROM roles r INDEXED BY roles_holder JOIN units u INDEXED BY units_summary ON u.orgnr = r.unit
        WHERE r.holder = ? ORDER BY r.unit, r.type
        """

    /// Every stored role of `holder`, by unit number then role code, from covering indexes only: one seek
    /// in `roles_holder`, then one `units_summary` entry per role (`RegistryMigrations.reverseLookupIndexes`).
    /// Columns are read straight from the statement, without a `Row` per role.
    static func all(_ connection: Connection, holder: String) throws -> [HeldRole] {
        try connection.withStatement(sql) { statement in
            try statement.bind(holder, at: 1)
            var roles: [HeldRole] = []
            while try statement.step() {
                roles.append(HeldRole(holder: holder, statement))
            }
            return roles
        }
    }

    /// One row of `sql`.
    private init(holder: String, _ row: Statement) {
        let flag = { (column: Int) in (row.int64(at: column) ?? 0) != 0 }
        let holderValue: RoleHolder
        if row.text(at: 2) == "person" {
            holderValue = .person(PersonHolder(fodselsnummer: holder, fodselsdato: row.text(at: 3),
                                               fornavn: row.text(at: 4) ?? "", mellomnavn: row.text(at: 5),
                                               etternavn: row.text(at: 6) ?? "", erDoed: flag(7)))
        } else {
            holderValue = .organisation(holder)
        }
        unit = row.text(at: 0) ?? ""
        record = RoleRecord(type: row.text(at: 1) ?? "", holder: holderValue, fratraadt: flag(8),
                            avregistrert: flag(9), extra: nil)
        changedBy = row.int64(at: 10) ?? 0
        unitName = row.text(at: 11) ?? ""
        unitForm = row.text(at: 12) ?? ""
        unitStatus = UnitStatus(rawValue: row.text(at: 13) ?? "") ?? .active
    }
}
