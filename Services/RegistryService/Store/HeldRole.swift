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
    static func all(_ connection: Connection, holder: String) throws -> [HeldRole] {
        var roles: [HeldRole] = []
        try connection.forEachRow(sql, [holder]) { row in
            let holderValue: RoleHolder
            if try row[2] as String == "person" {
                holderValue = .person(PersonHolder(fodselsnummer: holder, fodselsdato: try row[3],
                                                   fornavn: try row[4] as String? ?? "", mellomnavn: try row[5],
                                                   etternavn: try row[6] as String? ?? "", erDoed: try row[7]))
            } else {
                holderValue = .organisation(holder)
            }
            let record = RoleRecord(type: try row[1], holder: holderValue, fratraadt: try row[8],
                                    avregistrert: try row[9], extra: nil)
            roles.append(HeldRole(unit: try row[0], unitName: try row[11], unitForm: try row[12],
                                  unitStatus: UnitStatus(rawValue: try row[13]) ?? .active, record: record,
                                  changedBy: try row[10]))
        }
        return roles
    }
}
