import JSON
import ServiceKit
import SQLite

/// `PUT /internal/enheter/{orgnr}/roller` inside one write transaction (§5.4): the enhet must exist
/// (404 `REG-00001`) and be active (409 `REG-00002`); the body replaces the whole role set.
struct RoleSetWriter {
    let rendering: RoleGroupsRendering
    let actor: AuditActor
    var today: String = CalendarDate.today().description

    func write(_ connection: Connection, organisasjonsnummer: String, body: JSONValue) throws -> WriteOutcome {
        guard let unit = try UnitStore.find(connection, organisasjonsnummer), unit.kind == .enhet else {
            throw RegistryProblem.unitNotFound(organisasjonsnummer)
        }
        guard unit.status == .active else { throw RegistryProblem.unitNotActive(organisasjonsnummer) }
        let reader = RoleBodyReader { try UnitStore.find(connection, $0)?.kind == .enhet }
        let records = try reader.read(body)
        let before = try RoleStore.roles(connection, unit: organisasjonsnummer)
        let oldDates = try RoleStore.groupDates(connection, unit: organisasjonsnummer)
        if before.map(\.record) == records {
            return WriteOutcome(status: 200, body: rendering.body(unit: organisasjonsnummer, roles: before, dates: oldDates),
                                changeId: nil, position: try ChangeLog.position(connection))
        }
        let dates = Self.groupDates(old: before.map(\.record), new: records, oldDates: oldDates, today: today)
        let state = RoleStateRendering.state(Self.provisional(records, unit: organisasjonsnummer), dates: dates)
        let changeId = try ChangeLog.append(connection, kind: .roller, organisasjonsnummer: organisasjonsnummer,
                                            endringstype: .endring,
                                            affectedHolders: Self.holders(before.map(\.record) + records), state: state)
        try RoleStore.replace(connection, unit: organisasjonsnummer, with: records, dates: dates, changeId: changeId)
        try AuditLog.record(connection, actor: actor, action: "roles.replaced", target: organisasjonsnummer,
                            details: [("changeId", .int(changeId)), ("roles", .int(Int64(records.count)))])
        let after = try RoleStore.roles(connection, unit: organisasjonsnummer)
        return WriteOutcome(status: 200, body: rendering.body(unit: organisasjonsnummer, roles: after, dates: dates),
                            changeId: changeId, position: changeId)
    }

    /// `sistEndret` per group after the write: a group whose roles are unchanged keeps its date,
    /// any other group present gets today; absent groups drop out.
    static func groupDates(old: [RoleRecord], new: [RoleRecord], oldDates: [String: String],
                           today: String) -> [String: String] {
        var dates: [String: String] = [:]
        for group in Set(new.map(\.group)) {
            let unchanged = old.filter { $0.group == group } == new.filter { $0.group == group }
            dates[group] = unchanged ? (oldDates[group] ?? today) : today
        }
        return dates
    }

    /// Every holder key of `records`, in order, without repeats.
    static func holders(_ records: [RoleRecord]) -> [String] {
        var holders: [String] = []
        for key in records.compactMap(\.holderKey) where !holders.contains(key) { holders.append(key) }
        return holders
    }

    /// The new roles as they will be stored, for the change-log state (holder units are not needed there).
    static func provisional(_ records: [RoleRecord], unit: String) -> [StoredRole] {
        records.indices.map { position in
            StoredRole(unit: unit, record: records[position], position: position,
                       rekkefolge: RoleStore.rekkefolge(of: position, in: records), changedBy: 0, holderUnit: nil)
        }
    }
}
