/// One optional field of the unit shapes (§4.1, §4.2) and how a write validates it.
struct UnitField: Sendable {
    enum FieldType: Sendable, Equatable {
        case text
        case address
        case date
        case flag
        case textList
        /// `{kode, beskrivelse}`; `industry` codes must be `NN.NNN`.
        case code(industry: Bool)
        case employees
        case parent
        case maalform
    }

    let name: String
    let type: FieldType

    /// The optional fields after `organisasjonsnummer`, `navn` and `organisasjonsform`, in the order
    /// the stored document writes them (the §4.1 table order; §4.2's extra dates follow the others).
    static func optionalFields(_ kind: OrganisationForm.UnitKind) -> [UnitField] {
        kind == .enhet ? enhet : underenhet
    }

    private static let contact: [UnitField] = ["hjemmeside", "epostadresse", "telefon", "mobil"].map {
        UnitField(name: $0, type: .text)
    }
    private static let lists: [UnitField] = ["frivilligMvaRegistrertBeskrivelser", "vedtektsfestetFormaal", "aktivitet"]
        .map { UnitField(name: $0, type: .textList) }
    private static let codes: [UnitField] = ["naeringskode1", "naeringskode2", "naeringskode3"]
        .map { UnitField(name: $0, type: .code(industry: true)) }
        + ["hjelpeenhetskode", "institusjonellSektorkode"].map { UnitField(name: $0, type: .code(industry: false)) }

    static let enhet: [UnitField] = contact
        + [UnitField(name: "postadresse", type: .address), UnitField(name: "forretningsadresse", type: .address)]
        + ["registreringsdatoEnhetsregisteret", "stiftelsesdato", "vedtektsdato", "konkursdato", "underAvviklingDato",
           "registreringsdatoAntallAnsatteEnhetsregisteret", "registreringsdatoAntallAnsatteNAVAaregisteret"]
            .map { UnitField(name: $0, type: .date) }
        + ["registrertIMvaregisteret", "registrertIForetaksregisteret", "registrertIStiftelsesregisteret",
           "registrertIFrivillighetsregisteret", "registrertIPartiregisteret", "harRegistrertAntallAnsatte",
           "konkurs", "underAvvikling", "underTvangsavviklingEllerTvangsopplosning"]
            .map { UnitField(name: $0, type: .flag) }
        + lists + codes
        + [UnitField(name: "antallAnsatte", type: .employees), UnitField(name: "overordnetEnhet", type: .parent),
           UnitField(name: "sisteInnsendteAarsregnskap", type: .text), UnitField(name: "maalform", type: .maalform)]

    static let underenhet: [UnitField] = contact
        + [UnitField(name: "postadresse", type: .address), UnitField(name: "beliggenhetsadresse", type: .address)]
        + ["registreringsdatoEnhetsregisteret", "vedtektsdato", "konkursdato", "underAvviklingDato",
           "registreringsdatoAntallAnsatteEnhetsregisteret", "registreringsdatoAntallAnsatteNAVAaregisteret",
           "oppstartsdato", "datoEierskifte", "nedleggelsesdato"]
            .map { UnitField(name: $0, type: .date) }
        + ["registrertIMvaregisteret", "registrertIStiftelsesregisteret", "registrertIFrivillighetsregisteret",
           "registrertIPartiregisteret", "harRegistrertAntallAnsatte", "underTvangsavviklingEllerTvangsopplosning"]
            .map { UnitField(name: $0, type: .flag) }
        + lists + codes
        + [UnitField(name: "antallAnsatte", type: .employees), UnitField(name: "overordnetEnhet", type: .parent),
           UnitField(name: "maalform", type: .maalform)]

    /// The address fields, in stored order.
    static let addressFields = ["land", "landkode", "postnummer", "poststed", "adresse", "kommune", "kommunenummer"]
}
