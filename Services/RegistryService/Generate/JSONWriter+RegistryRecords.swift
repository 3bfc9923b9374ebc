import JSON

/// The small objects that generated records share: `{kode, beskrivelse}` codes, dates and addresses.
extension JSONWriter {
    mutating func codeMember(_ name: String, kode: String, beskrivelse: String) {
        key(name)
        beginObject()
        member("kode", kode)
        member("beskrivelse", beskrivelse)
        endObject()
    }

    mutating func dateMember(_ name: String, _ date: SyntheticDate) { member(name, date.text) }

    /// An Adresse of `registry.md` §4.1: `{land, landkode, postnummer, poststed, adresse, kommune, kommunenummer}`.
    mutating func addressMember(_ name: String, place: Place, line: String) {
        key(name)
        beginObject()
        member("land", "Norge")
        member("landkode", "NO")
        member("postnummer", place.postnummer)
        member("poststed", place.poststed)
        key("adresse")
        beginArray()
        string(line)
        endArray()
        member("kommune", place.kommune)
        member("kommunenummer", place.kommunenummer)
        endObject()
    }
}
