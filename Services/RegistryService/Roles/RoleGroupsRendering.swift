import JSON

/// Renders an enhet's roles as `GET /enheter/{orgnr}/roller` answers (§3.5): `rollegrupper` in §9.3
/// order, roles by `rekkefolge`, holder units in full, `fodselsnummer` only when revealed. Bulk
/// downloads (§3.8) use the same shape without `_links`.
struct RoleGroupsRendering: Sendable {
    let href: UnitHref
    let revealsPersonIdentifiers: Bool
    var includesLinks = true

    func body(unit: String, roles: [StoredRole], dates: [String: String]) -> [UInt8] {
        var json = JSONWriter(capacity: 512 + 512 * roles.count)
        json.beginObject()
        writeGroups(roles, dates: dates, into: &json)
        json.key("_links")
        json.beginObject()
        json.link("self", href.roles(unit))
        json.link("enhet", href.enhet(unit))
        json.endObject()
        json.endObject()
        return json.bytes
    }

    /// One element of `/roller/totalbestand`: `{"organisasjonsnummer", "rollegrupper"}`.
    func downloadRecord(unit: String, roles: [StoredRole], dates: [String: String], into json: inout JSONWriter) {
        json.beginObject()
        json.member("organisasjonsnummer", unit)
        writeGroups(roles, dates: dates, into: &json)
        json.endObject()
    }

    private func writeGroups(_ roles: [StoredRole], dates: [String: String], into json: inout JSONWriter) {
        json.key("rollegrupper")
        json.beginArray()
        let ordered = StoredRole.publicOrder(roles)
        var index = 0
        while index < ordered.count {
            let group = ordered[index].record.group
            var end = index
            while end < ordered.count, ordered[end].record.group == group { end += 1 }
            writeGroup(group, ordered[index..<end], date: dates[group], into: &json)
            index = end
        }
        json.endArray()
    }

    private func writeGroup(_ group: String, _ roles: ArraySlice<StoredRole>, date: String?, into json: inout JSONWriter) {
        json.beginObject()
        json.key("type")
        json.codeObject(kode: group, beskrivelse: RoleGroup.byCode[group]?.description ?? group,
                        href: includesLinks ? href.roleGroup(group) : nil)
        if let date { json.member("sistEndret", date) }
        json.key("roller")
        json.beginArray()
        for role in roles { writeRole(role, into: &json) }
        json.endArray()
        json.endObject()
    }

    private func writeRole(_ role: StoredRole, into json: inout JSONWriter) {
        let record = role.record
        json.beginObject()
        json.key("type")
        json.codeObject(kode: record.type, beskrivelse: RoleType.byCode[record.type]?.description ?? record.type,
                        href: includesLinks ? href.roleType(record.type) : nil)
        switch record.holder {
        case .person(let person): person.write(into: &json, revealingNumber: revealsPersonIdentifiers)
        case .organisation(let orgnr): writeHolderUnit(orgnr, role.holderUnit, into: &json)
        }
        RoleExtraFields.write(record.extra, into: &json)
        json.member("fratraadt", record.fratraadt)
        json.member("avregistrert", record.avregistrert)
        json.member("rekkefolge", role.rekkefolge)
        json.endObject()
    }

    private func writeHolderUnit(_ orgnr: String, _ unit: StoredRole.HolderUnit?, into json: inout JSONWriter) {
        json.key("enhet")
        json.beginObject()
        json.member("organisasjonsnummer", orgnr)
        if let unit {
            json.key("organisasjonsform")
            json.codeObject(kode: unit.formCode, beskrivelse: OrganisationForm.byCode[unit.formCode]?.description ?? unit.formCode,
                            href: includesLinks ? href.form(unit.formCode) : nil)
            json.member("navn", JSONValue([unit.navn]))
        }
        json.member("erSlettet", unit.map { $0.status != .active } ?? false)
        if includesLinks { json.selfLinks(href.enhet(orgnr)) }
        json.endObject()
    }
}
