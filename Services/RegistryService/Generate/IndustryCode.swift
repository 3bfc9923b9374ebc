/// A real næringskode (SN2007, `NN.NNN`) and its description, grouped by the kind of unit that
/// plausibly carries it.
struct IndustryCode: Sendable {
    let kode: String
    let beskrivelse: String

    private init(_ kode: String, _ beskrivelse: String) {
        self.kode = kode
        self.beskrivelse = beskrivelse
    }

    static let commercial: [IndustryCode] = [
        IndustryCode("01.410", "Melkeproduksjon på storfe"),
        IndustryCode("02.100", "Skogskjøtsel og andre skogbruksaktiviteter"),
        IndustryCode("10.710", "Produksjon av brød og ferske konditorvarer"),
        IndustryCode("16.100", "Saging, høvling og impregnering av tre"),
        IndustryCode("25.110", "Produksjon av metallkonstruksjoner og deler"),
        IndustryCode("41.200", "Oppføring av bygninger"),
        IndustryCode("43.210", "Elektrisk installasjonsarbeid"),
        IndustryCode("43.220", "VVS-arbeid"),
        IndustryCode("43.320", "Snekkerarbeid"),
        IndustryCode("43.341", "Malerarbeid"),
        IndustryCode("45.200", "Vedlikehold og reparasjon av motorvogner, unntatt motorsykler"),
        IndustryCode("46.900", "Engroshandel med bredt vareutvalg"),
        IndustryCode("47.111", "Butikkhandel med bredt vareutvalg med hovedvekt på nærings- og nytelsesmidler"),
        IndustryCode("47.190", "Butikkhandel med bredt vareutvalg ellers"),
        IndustryCode("47.710", "Butikkhandel med klær"),
        IndustryCode("49.320", "Drosjebiltransport"),
        IndustryCode("49.410", "Godstransport på vei"),
        IndustryCode("55.101", "Drift av hoteller, pensjonater og moteller med restaurant"),
        IndustryCode("56.101", "Drift av restauranter og kafeer"),
        IndustryCode("62.010", "Programmeringstjenester"),
        IndustryCode("62.020", "Konsulentvirksomhet tilknyttet informasjonsteknologi"),
        IndustryCode("63.110", "Databehandling, databehandlingstjenester og tjenester tilknyttet webhotell"),
        IndustryCode("68.100", "Kjøp og salg av egen fast eiendom"),
        IndustryCode("68.209", "Utleie av egen eller leid fast eiendom ellers"),
        IndustryCode("68.310", "Eiendomsmegling"),
        IndustryCode("69.100", "Juridisk tjenesteyting"),
        IndustryCode("70.220", "Bedriftsrådgivning og annen administrativ rådgivning"),
        IndustryCode("73.110", "Reklamebyråer"),
        IndustryCode("74.100", "Spesialisert designvirksomhet"),
        IndustryCode("77.110", "Utleie og leasing av biler og andre lette motorvogner"),
        IndustryCode("81.210", "Rengjøring av bygninger"),
        IndustryCode("82.990", "Annen forretningsmessig tjenesteyting ikke nevnt annet sted"),
        IndustryCode("86.211", "Allmenn legetjeneste"),
        IndustryCode("86.230", "Tannhelsetjenester"),
        IndustryCode("96.020", "Frisering og annen skjønnhetspleie"),
    ]

    static let property: [IndustryCode] = [
        IndustryCode("68.209", "Utleie av egen eller leid fast eiendom ellers"),
        IndustryCode("68.320", "Eiendomsforvaltning"),
    ]

    static let nonProfit: [IndustryCode] = [
        IndustryCode("85.520", "Undervisning innen kultur"),
        IndustryCode("88.911", "Barnehager"),
        IndustryCode("93.110", "Drift av idrettsanlegg"),
        IndustryCode("93.120", "Idrettslag og -klubber"),
        IndustryCode("94.910", "Religiøse organisasjoner"),
    ]

    static let publicSector: [IndustryCode] = [IndustryCode("84.110", "Generell offentlig administrasjon")]
    static let banking: [IndustryCode] = [IndustryCode("64.190", "Bankvirksomhet ellers")]
    static let housingCooperative: [IndustryCode] = [IndustryCode("41.101", "Boligbyggelag")]

    static let accounting = IndustryCode("69.201", "Regnskap og bokføring")
    static let auditing = IndustryCode("69.202", "Revisjon")
    static let propertyManagement = IndustryCode("68.320", "Eiendomsforvaltning")
}
