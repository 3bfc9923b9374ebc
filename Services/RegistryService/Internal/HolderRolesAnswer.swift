import Domain
import JSON
import SQLite

/// The body of `GET /internal/roles?holder=` (§5.1).
enum HolderRolesAnswer {
    static func body(_ connection: Connection, _ subject: RolesQuery.Subject, holder: String,
                     includeInactive: Bool, position: Int64) throws -> [UInt8] {
        var holderStatus: UnitStatus?
        var holderName: String?
        if case .organisation = subject {
            let unit = try UnitStore.find(connection, holder)
            holderStatus = unit?.status
            holderName = unit?.navn
        }
        // A person's name is that of the most recently written role (highest change id; within one
        // write the lowest unit number, then role code, which is the rows' order).
        var latestPerson: (changedBy: Int64, person: PersonHolder)?
        var roles = JSONWriter(capacity: 4096)
        roles.beginArray()
        try HeldRole.forEach(connection, holder: holder) { role in
            if case .person = subject, latestPerson.map({ role.changedBy > $0.changedBy }) ?? true,
               let person = role.person(fodselsnummer: holder) {
                latestPerson = (role.changedBy, person)
            }
            let reason = role.inactiveReason(holderStatus: holderStatus)
            guard reason == nil || includeInactive else { return }
            role.write(into: &roles, inactiveReason: reason)
        }
        roles.endArray()

        var json = JSONWriter(capacity: 256 + roles.bytes.count)
        json.beginObject()
        json.key("holder")
        json.beginObject()
        if case .person = subject {
            json.member("type", "person")
            json.member("fodselsnummer", holder)
            json.member("navn", latestPerson?.person.fullName)
        } else {
            json.member("type", "organisation")
            json.member("organisasjonsnummer", holder)
            json.member("navn", holderName)
        }
        json.endObject()
        json.key("roles")
        json.raw(roles.bytes)
        json.key("position"); json.int(position)
        json.endObject()
        return json.bytes
    }
}
