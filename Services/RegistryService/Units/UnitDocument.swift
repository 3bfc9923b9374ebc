import JSON

/// A unit as stored in `units.document` (the conventions of the Registry helpers): the §4.1/§4.2 shape
/// without `_links` and without `slettedato`, `organisasjonsform` as `{kode, beskrivelse}`, fields in
/// the order of `UnitField`, absent optional fields omitted. The search columns derive from it.
struct UnitDocument: Sendable {
    let kind: OrganisationForm.UnitKind
    let organisasjonsnummer: String
    let navn: String
    let form: OrganisationForm
    /// Every member, `organisasjonsnummer`, `navn` and `organisasjonsform` first.
    let members: [(String, JSONValue)]

    init(kind: OrganisationForm.UnitKind, organisasjonsnummer: String, navn: String, form: OrganisationForm,
         optionalMembers: [(String, JSONValue)]) {
        self.kind = kind
        self.organisasjonsnummer = organisasjonsnummer
        self.navn = navn
        self.form = form
        members = [("organisasjonsnummer", .string(organisasjonsnummer)), ("navn", .string(navn)),
                   ("organisasjonsform", .object([("kode", .string(form.code)),
                                                  ("beskrivelse", .string(form.description))]))]
            + optionalMembers
    }

    var json: JSONValue { .object(members) }

    /// Compact JSON, as stored.
    var bytes: [UInt8] { json.encoded() }

    subscript(name: String) -> JSONValue? { members.first { $0.0 == name }?.1 }

    // MARK: search columns

    /// `navn` upper-cased with Unicode case mapping: `units.sort_navn` (`unit_names` holds
    /// `SearchName.indexedText`).
    var sortName: String { navn.uppercased() }
    var parent: String? { self["overordnetEnhet"]?.stringValue }
    var registreringsdato: String? { self["registreringsdatoEnhetsregisteret"]?.stringValue }
    var nedleggelsesdato: String? { self["nedleggelsesdato"]?.stringValue }
    var antallAnsatte: Int64? { self["antallAnsatte"]?.intValue }

    func flag(_ name: String) -> Bool { self[name]?.boolValue ?? false }

    /// `naeringskode1..3.kode`, for `unit_codes` kind `naering`.
    var industryCodes: [String] {
        ["naeringskode1", "naeringskode2", "naeringskode3"].compactMap { self[$0]?["kode"]?.stringValue }
    }

    /// The kommunenummer of the business (enhet) or location (underenhet) address and of the postal
    /// address, for `unit_codes` kind `kommune`.
    var municipalityCodes: [String] {
        let address = kind == .enhet ? "forretningsadresse" : "beliggenhetsadresse"
        var codes: [String] = []
        for name in [address, "postadresse"] {
            if let code = self[name]?["kommunenummer"]?.stringValue, !codes.contains(code) { codes.append(code) }
        }
        return codes
    }
}
