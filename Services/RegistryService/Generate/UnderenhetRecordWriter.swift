import JSON

/// Writes one underenhet of `underenheter.json.gz`: the §4.2 shape without `_links`, under a random
/// active enhet, with that enhet's name and næringskode. The caller decides which are deleted.
struct UnderenhetRecordWriter: Sendable {
    let seed: UInt64
    let facts: EnhetFacts
    let enhetNumbers: [UInt32]
    let numbers: [UInt32]

    func write(_ index: Int, deleted: Bool, into json: inout JSONWriter) {
        var random = SplitMix64(seed: seed, stream: 7, index: index)
        let parent = chooseParent(using: &random)
        let profile = facts.profile(parent)
        let parentIdentity = UnitIdentity(seed: seed, index: parent, profile: profile)
        let industry = UnitIdentity.industry(seed: seed, index: parent, profile: profile, firm: facts.firmKind(parent))
        let place = random.pick(Place.all)
        let registered = SyntheticDate.random(from: parentIdentity.registered, to: UnitIdentity.lastRegistration,
                                              using: &random)
        let employees = random.chance(0.6) ? EnhetDraw.employeeCount(firm: nil, using: &random) : nil

        json.beginObject()
        json.member("organisasjonsnummer", String(numbers[index]))
        json.member("navn", random.chance(0.7) ? parentIdentity.name : parentIdentity.name + " AVD " + place.poststed)
        json.codeMember("organisasjonsform", kode: profile.subunitForm.code,
                        beskrivelse: profile.subunitForm.description)
        json.addressMember("beliggenhetsadresse", place: place, line: StreetAddress.line(using: &random))
        json.dateMember("registreringsdatoEnhetsregisteret", registered)
        json.dateMember("oppstartsdato", max(parentIdentity.registered, registered.adding(days: -random.below(30))))
        if random.chance(0.03) {
            json.dateMember("datoEierskifte", SyntheticDate.random(from: registered, to: .latest, using: &random))
        }
        let slettet = deleted ? SyntheticDate.random(from: registered, to: .latest, using: &random) : nil
        if let slettet { json.dateMember("nedleggelsesdato", max(registered, slettet.adding(days: -random.below(14)))) }
        if employees != nil {
            json.dateMember("registreringsdatoAntallAnsatteEnhetsregisteret",
                            SyntheticDate.random(from: registered, to: .latest, using: &random))
        }
        json.member("registrertIMvaregisteret", profile.isBusiness && random.chance(0.5))
        json.member("harRegistrertAntallAnsatte", employees != nil)
        if let industry { json.codeMember("naeringskode1", kode: industry.kode, beskrivelse: industry.beskrivelse) }
        if let employees { json.member("antallAnsatte", employees) }
        json.member("overordnetEnhet", String(enhetNumbers[parent]))
        if let slettet { json.dateMember("slettedato", slettet) }
        json.endObject()
    }

    /// A random active enhet, preferably one whose form usually has establishments (not a housing
    /// association, co-ownership or estate). `EnhetFacts` keeps at least one enhet active.
    private func chooseParent(using random: inout SplitMix64) -> Int {
        let count = facts.count
        for attempt in 0..<128 {
            let candidate = random.below(count)
            guard facts.status(candidate) == .active else { continue }
            if attempt >= 64 || Self.hasEstablishments(facts.profile(candidate).code) { return candidate }
        }
        let start = random.below(count)
        for offset in 0..<count where facts.status((start + offset) % count) == .active {
            return (start + offset) % count
        }
        return start
    }

    private static func hasEstablishments(_ code: String) -> Bool {
        switch code {
        case "BRL", "ESEK", "SAM", "KBO", "BO": return false
        default: return true
        }
    }
}
