import Domain
import JSON
import SQLite

/// The body of `GET /internal/roles?unit=` (§5.2): the unit and its roles in §3.5 order.
enum UnitRolesAnswer {
    static func body(_ connection: Connection, unit orgnr: String, includeInactive: Bool,
                     position: Int64) throws -> [UInt8] {
        guard let unit = try UnitStore.find(connection, orgnr) else { throw RegistryProblem.unitNotFound(orgnr) }
        let roles = unit.kind == .enhet ? StoredRole.publicOrder(try RoleStore.roles(connection, unit: orgnr)) : []
        var json = JSONWriter(capacity: 384 + 256 * roles.count)
        json.beginObject()
        json.key("unit")
        InternalUnitJSON.write(unit, into: &json)
        json.key("roles")
        json.beginArray()
        for role in roles {
            let reason = RoleActivity.inactiveReason(role.record, holderStatus: role.holderUnit?.status,
                                                     unitStatus: unit.status)
            guard reason == nil || includeInactive else { continue }
            json.beginObject()
            json.member("role", role.record.type)
            json.key("holder")
            writeHolder(role, into: &json)
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

    private static func writeHolder(_ role: StoredRole, into json: inout JSONWriter) {
        json.beginObject()
        switch role.record.holder {
        case .person(let person):
            json.member("type", "person")
            json.member("fodselsnummer", person.fodselsnummer)
            json.member("fodselsdato", person.fodselsdato)
            json.member("navn", person.fullName)
        case .organisation(let orgnr):
            json.member("type", "organisation")
            json.member("organisasjonsnummer", orgnr)
            json.member("navn", role.holderUnit?.navn)
        }
        json.endObject()
    }
}
