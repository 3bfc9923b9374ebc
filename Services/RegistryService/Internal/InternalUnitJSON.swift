import JSON

/// A unit in the internal answers (§5.2, §5.3): `{organisasjonsnummer, navn, organisasjonsform (code),
/// kind, status, overordnetEnhet, slettedato?}`.
enum InternalUnitJSON {
    static func write(_ unit: UnitRow, into json: inout JSONWriter) {
        json.beginObject()
        json.member("organisasjonsnummer", unit.organisasjonsnummer)
        json.member("navn", unit.navn)
        json.member("organisasjonsform", unit.formCode)
        json.member("kind", unit.kind.rawValue)
        json.member("status", unit.status.rawValue)
        json.member("overordnetEnhet", unit.parent)
        if unit.status != .active, let date = unit.slettedato { json.member("slettedato", date) }
        json.endObject()
    }
}
