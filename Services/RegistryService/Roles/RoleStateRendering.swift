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
            json.key("person")
            json.beginObject()
            if let number = person.fodselsnummer { json.member("fodselsnummer", number) }
            if let birth = person.fodselsdato { json.member("fodselsdato", birth) }
            json.key("navn")
            json.beginObject()
            json.member("fornavn", person.fornavn)
            if let middle = person.mellomnavn { json.member("mellomnavn", middle) }
            json.member("etternavn", person.etternavn)
            json.endObject()
            json.member("erDoed", person.erDoed)
            json.endObject()
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
