import Domain
import JSON
import SQLite

/// The body of `GET /internal/roles?holder=` (§5.1).
enum HolderRolesAnswer {
    static func body(_ connection: Connection, _ subject: RolesQuery.Subject, holder: String,
                     includeInactive: Bool, position: Int64) throws -> [UInt8] {
        let roles = try HeldRole.all(connection, holder: holder)
        var json = JSONWriter(capacity: 256 + 192 * roles.count)
        json.beginObject()
        json.key("holder")
        json.beginObject()
        var holderStatus: UnitStatus?
        if case .person = subject {
            json.member("type", "person")
            json.member("fodselsnummer", holder)
            json.member("navn", personName(roles))
        } else {
            let unit = try UnitStore.find(connection, holder)
            holderStatus = unit?.status
            json.member("type", "organisation")
            json.member("organisasjonsnummer", holder)
            json.member("navn", unit?.navn)
        }
        json.endObject()
        json.key("roles")
        json.beginArray()
        for role in roles {
            let reason = RoleActivity.inactiveReason(role.record, holderStatus: holderStatus, unitStatus: role.unitStatus)
            guard reason == nil || includeInactive else { continue }
            json.beginObject()
            json.member("role", role.record.type)
            json.key("unit")
            json.beginObject()
            json.member("organisasjonsnummer", role.unit)
            json.member("navn", role.unitName)
            json.member("organisasjonsform", role.unitForm)
            json.member("kind", "enhet")
            json.endObject()
            json.member("fratraadt", role.record.fratraadt)
            json.member("active", reason == nil)
            if let reason { json.member("inactiveReason", reason) }
            json.endObject()
        }
        json.endArray()
        json.key("position"); json.int(position)
        json.endObject()
        return json.bytes
    }

    /// `fornavn [mellomnavn] etternavn` of the most recently written role (highest change id; within
    /// one write the lowest unit number, then role code, which is the rows' order), or nil.
    static func personName(_ roles: [HeldRole]) -> String? {
        var best: HeldRole?
        for role in roles where best == nil || role.changedBy > best!.changedBy { best = role }
        guard let best, case .person(let person) = best.record.holder else { return nil }
        return person.fullName
    }
}
