import JSON

/// Role holders as `roller.json.gz` carries them (`registry.md` §3.5, with `fodselsnummer`, §6).
extension JSONWriter {
    mutating func personMember(_ person: SyntheticPerson) {
        key("person")
        beginObject()
        member("fodselsnummer", person.fodselsnummer)
        dateMember("fodselsdato", person.fodselsdato)
        key("navn")
        beginObject()
        member("fornavn", person.fornavn)
        if let middle = person.mellomnavn { member("mellomnavn", middle) }
        member("etternavn", person.etternavn)
        endObject()
        member("erDoed", person.erDoed)
        endObject()
    }

    /// Firms are active AS units, so `erSlettet` is false.
    mutating func firmMember(_ firm: FirmRoster.Firm) {
        key("enhet")
        beginObject()
        member("organisasjonsnummer", firm.number)
        let form = OrganisationForm.byCode["AS"]?.description ?? "Aksjeselskap"
        codeMember("organisasjonsform", kode: "AS", beskrivelse: form)
        key("navn")
        beginArray()
        string(firm.name)
        endArray()
        member("erSlettet", false)
        endObject()
    }
}
