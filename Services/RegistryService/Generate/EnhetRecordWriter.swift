import JSON

/// Writes one enhet of `enheter.json.gz`: the §4.1 shape without `_links`, fields in the §4.1 table
/// order, `slettedato` for deleted and removed units and `"fjernet": true` for removed ones (§6).
struct EnhetRecordWriter: Sendable {
    let seed: UInt64
    let facts: EnhetFacts
    let numbers: [UInt32]

    func write(_ index: Int, into json: inout JSONWriter) {
        let profile = facts.profile(index)
        let status = facts.status(index)
        let firm = facts.firmKind(index)
        let identity = UnitIdentity(seed: seed, index: index, profile: profile)
        let industry = UnitIdentity.industry(seed: seed, index: index, profile: profile, firm: firm)
        var random = SplitMix64(seed: seed, stream: 6, index: index)
        let draw = EnhetDraw(profile: profile, firm: firm, status: status, registered: identity.registered,
                             hasIndustry: industry != nil, using: &random)
        json.beginObject()
        json.member("organisasjonsnummer", String(numbers[index]))
        json.member("navn", identity.name)
        json.codeMember("organisasjonsform", kode: profile.code, beskrivelse: profile.form.description)
        if let postal = draw.postalPlace { json.addressMember("postadresse", place: postal, line: draw.postBox) }
        json.addressMember("forretningsadresse", place: draw.place, line: draw.street)
        writeDates(draw, registered: identity.registered, into: &json)
        writeFlags(draw, profile: profile, into: &json)
        if let industry { json.codeMember("naeringskode1", kode: industry.kode, beskrivelse: industry.beskrivelse) }
        if let second = draw.secondIndustry, second.kode != industry?.kode {
            json.codeMember("naeringskode2", kode: second.kode, beskrivelse: second.beskrivelse)
        }
        if let sector = profile.sector {
            json.codeMember("institusjonellSektorkode", kode: sector.kode, beskrivelse: sector.beskrivelse)
        }
        if let employees = draw.employees { json.member("antallAnsatte", employees) }
        if profile.hasPublicParent, !facts.publicParents.isEmpty {
            json.member("overordnetEnhet", String(random.pick(facts.publicParents)))
        }
        if let year = draw.annualAccounts { json.member("sisteInnsendteAarsregnskap", year) }
        json.member("maalform", draw.nynorsk ? "Nynorsk" : "Bokmål")
        if let slettet = draw.slettet { json.dateMember("slettedato", slettet) }
        if status == .removed { json.member("fjernet", true) }
        json.endObject()
    }

    private func writeDates(_ draw: EnhetDraw, registered: SyntheticDate, into json: inout JSONWriter) {
        json.dateMember("registreringsdatoEnhetsregisteret", registered)
        if let stiftet = draw.stiftet { json.dateMember("stiftelsesdato", stiftet) }
        if let konkurs = draw.konkursdato { json.dateMember("konkursdato", konkurs) }
        if let avvikling = draw.avviklingsdato { json.dateMember("underAvviklingDato", avvikling) }
        if let ansatte = draw.ansatteRegistrert {
            json.dateMember("registreringsdatoAntallAnsatteEnhetsregisteret", ansatte)
        }
    }

    private func writeFlags(_ draw: EnhetDraw, profile: FormProfile, into json: inout JSONWriter) {
        json.member("registrertIMvaregisteret", draw.mva)
        json.member("registrertIForetaksregisteret", draw.foretak)
        json.member("registrertIStiftelsesregisteret", profile.code == "STI")
        json.member("registrertIFrivillighetsregisteret", draw.frivillighet)
        json.member("harRegistrertAntallAnsatte", draw.employees != nil)
        json.member("konkurs", draw.konkurs)
        json.member("underAvvikling", draw.underAvvikling)
        json.member("underTvangsavviklingEllerTvangsopplosning", draw.tvangsavvikling)
    }
}
