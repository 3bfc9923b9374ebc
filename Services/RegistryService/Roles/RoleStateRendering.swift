import JSON

/// The change-log state of a `roller` item (§5.6): `{"roller": [...]}`, every stored role in §3.5
/// order, each in the §5.4 input shape (with `fodselsnummer` and `fodselsdato`) plus `rekkefolge` and
/// its group's `sistEndret`.
enum RoleStateRendering {
    static func state(_ roles: [StoredRole], dates: [String: String]) -> [UInt8] {
        var json = JSONWriter(capacity: 64 + 256 * roles.count)
        json.beginObject()
        json.key("roller")
        json.beginArray()
        for role in StoredRole.publicOrder(roles) {
            write(role, date: dates[role.record.group], into: &json)
        }
        json.endArray()
        json.endObject()
        return json.bytes
    }

    private static func write(_ role: StoredRole, date: String?, into json: inout JSONWriter) {
        let record = role.record
        json.beginObject()
        json.member("type", record.type)
        switch record.holder {
        case .person(let person):
            person.write(into: &json, revealingNumber: true)
        case .organisation(let orgnr):
            json.key("enhet")
            json.beginObject()
            json.member("organisasjonsnummer", orgnr)
            json.endObject()
        }
        json.member("fratraadt", record.fratraadt)
        json.member("avregistrert", record.avregistrert)
        RoleExtraFields.write(record.extra, into: &json)
        json.member("rekkefolge", role.rekkefolge)
        if let date { json.member("sistEndret", date) }
        json.endObject()
    }
}
