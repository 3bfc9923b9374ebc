import Domain
import JSON
import SQLite

/// A role seen from its holder (`GET /internal/roles?holder=`), read in place from the current row of
/// `sql`: no String or struct per role, as a firm may hold thousands and the Approval and Client
/// Delegation services ask on every decision. Valid only inside `forEach`'s body.
struct HeldRole {
    private let row: Statement

    static let sql = """
        SELECT r.unit, r.type, r.holder_kind, r.fodselsdato, r.fornavn, r.mellomnavn, r.etternavn, r.er_doed,
               r.fratraadt, r.avregistrert, r.changed_by, u.navn, u.form, u.status
        FROM roles r INDEXED BY roles_holder JOIN units u ON u.rowid = r.unit
        WHERE r.holder = ? ORDER BY r.unit, r.type
        """

    /// Every stored role of `holder`, by unit number then role code: one seek in the covering index
    /// `roles_holder` (`RegistryMigrations.reverseLookupIndexes`), then the unit's row by rowid (the number),
    /// whose leading columns hold its name, form and status. The `units` table lies at the start of the file,
    /// inside the readers' memory map, so that row is read in place.
    static func forEach(_ connection: Connection, holder: String, _ body: (HeldRole) throws -> Void) throws {
        try connection.withStatement(sql) { statement in
            try statement.bind(holder, at: 1)
            while try statement.step() { try body(HeldRole(row: statement)) }
        }
    }

    /// The id of the change that last wrote the role.
    var changedBy: Int64 { row.int64(at: 10) ?? 0 }

    var isHeldByPerson: Bool { row.withText(at: 2) { $0.elementsEqual("person".utf8) } ?? false }

    /// The person holding it, `fodselsnummer` being the holder asked for (nil for an organisation).
    func person(fodselsnummer: String) -> PersonHolder? {
        guard isHeldByPerson else { return nil }
        return PersonHolder(fodselsnummer: fodselsnummer, fodselsdato: row.text(at: 3), fornavn: row.text(at: 4) ?? "",
                            mellomnavn: row.text(at: 5), etternavn: row.text(at: 6) ?? "", erDoed: flag(7))
    }

    /// The catalogue's active rule (`RoleActivity`): the §5.1 `inactiveReason`, or nil when active.
    /// `holderStatus` is an organisation holder's own status (nil: not in the Registry, counts as active).
    func inactiveReason(holderStatus: UnitStatus?) -> String? {
        let unitIsActive = row.withText(at: 13) { $0.elementsEqual(UnitStatus.active.rawValue.utf8) } ?? false
        return RoleActivity.inactiveReason(fratraadt: flag(8), avregistrert: flag(9),
                                           personIsDead: isHeldByPerson ? flag(7) : nil,
                                           holderStatus: holderStatus, unitIsActive: unitIsActive)
    }

    /// The role's §5.1 object.
    func write(into json: inout JSONWriter, inactiveReason: String?) {
        json.beginObject()
        json.key("role"); text(1, into: &json)
        json.key("unit")
        json.beginObject()
        json.key("organisasjonsnummer"); text(0, into: &json)
        json.key("navn"); text(11, into: &json)
        json.key("organisasjonsform"); text(12, into: &json)
        json.member("kind", "enhet")
        json.endObject()
        json.member("fratraadt", flag(8))
        json.member("active", inactiveReason == nil)
        if let inactiveReason { json.member("inactiveReason", inactiveReason) }
        json.endObject()
    }

    private func flag(_ column: Int) -> Bool { (row.int64(at: column) ?? 0) != 0 }

    /// Every column written here is NOT NULL in the schema; an empty string stands in should one be NULL.
    private func text(_ column: Int, into json: inout JSONWriter) {
        if row.withText(at: column, { json.string(utf8: $0) }) == nil { json.string("") }
    }
}
