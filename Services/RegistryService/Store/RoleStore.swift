import SQLite

/// Reads and writes `roles` and `role_group_dates` (sistEndret per unit and group, §3.5).
enum RoleStore {
    private static let columns = """
        r.unit, r.position, r.type, r.rekkefolge, r.holder_kind, r.holder, r.fodselsdato, r.fornavn, r.mellomnavn,
        r.etternavn, r.er_doed, r.fratraadt, r.avregistrert, r.extra, r.changed_by, h.navn, h.form, h.status
        """

    /// Every stored role of `unit`, in written order, with each holder unit's current data.
    static func roles(_ connection: Connection, unit: String) throws -> [StoredRole] {
        var roles: [StoredRole] = []
        try connection.forEachRow("""
            SELECT \(columns) FROM roles r
            LEFT JOIN units h ON r.holder_kind = 'organisation' AND h.orgnr = r.holder
            WHERE r.unit = ? ORDER BY r.position
            """, [unit]) { roles.append(try role($0)) }
        return roles
    }

    /// The holders (fødselsnumre and orgnr) of `unit`'s roles, in written order, without repeats.
    static func holders(_ connection: Connection, unit: String) throws -> [String] {
        var holders: [String] = []
        try connection.forEachRow("SELECT holder FROM roles WHERE unit = ? AND holder IS NOT NULL ORDER BY position",
                                  [unit]) { row in
            let holder: String = try row[0]
            if !holders.contains(holder) { holders.append(holder) }
        }
        return holders
    }

    /// `sistEndret` by group code.
    static func groupDates(_ connection: Connection, unit: String) throws -> [String: String] {
        var dates: [String: String] = [:]
        try connection.forEachRow("SELECT role_group, sist_endret FROM role_group_dates WHERE unit = ?", [unit]) { row in
            dates[try row[0]] = try row[1]
        }
        return dates
    }

    /// Replaces the unit's whole role set and its group dates.
    static func replace(_ connection: Connection, unit: String, with records: [RoleRecord], dates: [String: String],
                        changeId: Int64) throws {
        try connection.execute("DELETE FROM roles WHERE unit = ?", [unit])
        try connection.execute("DELETE FROM role_group_dates WHERE unit = ?", [unit])
        for (position, record) in records.enumerated() {
            try insert(connection, unit: unit, record, position: position,
                       rekkefolge: rekkefolge(of: position, in: records), changeId: changeId)
        }
        for (group, date) in dates.sorted(by: { $0.key < $1.key }) {
            try connection.execute("INSERT INTO role_group_dates (unit, role_group, sist_endret) VALUES (?, ?, ?)",
                                   [unit, group, date])
        }
    }

    /// The 0-based position among the roles of the same group before `position` (§5.4).
    static func rekkefolge(of position: Int, in records: [RoleRecord]) -> Int {
        let group = records[position].group
        return records[..<position].filter { $0.group == group }.count
    }

    private static func insert(_ connection: Connection, unit: String, _ record: RoleRecord, position: Int,
                               rekkefolge: Int, changeId: Int64) throws {
        var person: PersonHolder?
        if case .person(let holder) = record.holder { person = holder }
        try connection.execute("""
            INSERT INTO roles (unit, position, type, role_group, rekkefolge, holder_kind, holder, fodselsdato, fornavn,
                mellomnavn, etternavn, er_doed, fratraadt, avregistrert, extra, changed_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [unit, position, record.type, record.group, rekkefolge, person == nil ? "organisation" : "person",
                  record.holderKey, person?.fodselsdato, person?.fornavn, person?.mellomnavn, person?.etternavn,
                  person?.erDoed ?? false, record.fratraadt, record.avregistrert, record.extra, changeId])
    }

    private static func role(_ row: Row) throws -> StoredRole {
        let holder: RoleHolder
        if try row[4] as String == "person" {
            holder = .person(PersonHolder(fodselsnummer: try row[5], fodselsdato: try row[6],
                                          fornavn: try row[7] as String? ?? "", mellomnavn: try row[8],
                                          etternavn: try row[9] as String? ?? "", erDoed: try row[10]))
        } else {
            holder = .organisation(try row[5] as String? ?? "")
        }
        let record = RoleRecord(type: try row[2], holder: holder, fratraadt: try row[11], avregistrert: try row[12],
                                extra: try row[13])
        var holderUnit: StoredRole.HolderUnit?
        if let navn = try row[15] as String? {
            holderUnit = StoredRole.HolderUnit(navn: navn, formCode: try row[16],
                                               status: UnitStatus(rawValue: try row[17]) ?? .active)
        }
        return StoredRole(unit: try row[0], record: record, position: try row[1], rekkefolge: try row[3],
                          changedBy: try row[14], holderUnit: holderUnit)
    }
}
