import JSON

/// The organisations of `scenario.md` §2, as the bodies of `PUT /internal/enheter/{orgnr}`.
public enum ScenarioUnits {
    public struct Unit: Sendable {
        public let orgnr: String
        public let name: String
        public let form: String
        public let street: String
        public let postnummer: String
        public let poststed: String
        public let kommunenummer: String
        public let kommune: String
        public let naeringskode: (kode: String, beskrivelse: String)?
        public let registered: String
        public let employees: Int?

        /// ESEK and BRL are not in Foretaksregisteret (`scenario.md` §2).
        var inForetaksregisteret: Bool { form != "ESEK" && form != "BRL" }

        public var body: JSONValue {
            var members: [(String, JSONValue)] = [
                ("navn", .string(name)),
                ("organisasjonsform", .string(form)),
                ("forretningsadresse", ScenarioUnits.address(street, postnummer, poststed, kommunenummer, kommune)),
                ("registreringsdatoEnhetsregisteret", .string(registered)),
            ]
            if let naeringskode {
                members.append(("naeringskode1", ["kode": .string(naeringskode.kode),
                                                  "beskrivelse": .string(naeringskode.beskrivelse)]))
            }
            if let employees {
                members.append(("harRegistrertAntallAnsatte", true))
                members.append(("antallAnsatte", .int(Int64(employees))))
            } else {
                members.append(("harRegistrertAntallAnsatte", false))
            }
            members += [("registrertIForetaksregisteret", .bool(inForetaksregisteret)), ("konkurs", false),
                        ("underAvvikling", false), ("maalform", "Bokmål")]
            return .object(members)
        }
    }

    static func address(_ street: String, _ postnummer: String, _ poststed: String, _ kommunenummer: String,
                        _ kommune: String) -> JSONValue {
        ["land": "Norge", "landkode": "NO", "postnummer": .string(postnummer), "poststed": .string(poststed),
         "adresse": [.string(street)], "kommune": .string(kommune), "kommunenummer": .string(kommunenummer)]
    }

    private static let programming = (kode: "62.010", beskrivelse: "Programmeringstjenester")

    public static let hovedenheter: [Unit] = [
        Unit(orgnr: "315602122", name: "SMARTCLOUD AS", form: "AS", street: "Skyveien 1", postnummer: "0150",
             poststed: "OSLO", kommunenummer: "0301", kommune: "OSLO", naeringskode: programming,
             registered: "2019-04-01", employees: 35),
        Unit(orgnr: "315602149", name: "ANNEN LEVERANDØR AS", form: "AS", street: "Kaien 2", postnummer: "5003",
             poststed: "BERGEN", kommunenummer: "4601", kommune: "BERGEN", naeringskode: programming,
             registered: "2018-09-12", employees: 8),
        Unit(orgnr: "310202398", name: "DISKRET NÆR TIGER AS", form: "AS", street: "Testveien 1", postnummer: "0150",
             poststed: "OSLO", kommunenummer: "0301", kommune: "OSLO", naeringskode: programming,
             registered: "2020-01-15", employees: 12),
        Unit(orgnr: "310904473", name: "TILFELDIG SUBTIL APE", form: "AS", street: "Apeveien 3", postnummer: "7010",
             poststed: "TRONDHEIM", kommunenummer: "5001", kommune: "TRONDHEIM",
             naeringskode: ("47.190", "Butikkhandel med bredt vareutvalg ellers"), registered: "2021-03-10", employees: 6),
        Unit(orgnr: "314250052", name: "TILBAKEHOLDEN USYMMETRISK TIGER AS", form: "AS", street: "Tigerveien 4",
             postnummer: "3015", poststed: "DRAMMEN", kommunenummer: "3301", kommune: "DRAMMEN",
             naeringskode: ("69.201", "Regnskap og bokføring"), registered: "2015-06-01", employees: 24),
        Unit(orgnr: "315710340", name: "KVIKK SMIDIG OTER AS", form: "AS", street: "Oterveien 5", postnummer: "0150",
             poststed: "OSLO", kommunenummer: "0301", kommune: "OSLO", naeringskode: ("43.220", "VVS-arbeid"),
             registered: "2017-05-02", employees: 9),
        Unit(orgnr: "315710359", name: "ROLIG GRUNDIG BJØRN AS", form: "AS", street: "Bjørneveien 6", postnummer: "1337",
             poststed: "SANDVIKA", kommunenummer: "3201", kommune: "BÆRUM",
             naeringskode: ("56.101", "Drift av restauranter og kafeer"), registered: "2016-11-20", employees: 14),
        Unit(orgnr: "315710367", name: "MODIG LYSEGRØNN ELG AS", form: "AS", street: "Elgveien 7", postnummer: "3015",
             poststed: "DRAMMEN", kommunenummer: "3301", kommune: "DRAMMEN",
             naeringskode: ("49.410", "Godstransport på vei"), registered: "2019-02-14", employees: 4),
        Unit(orgnr: "315710375", name: "REVISORKUNDE AS", form: "AS", street: "Kundeveien 8", postnummer: "0150",
             poststed: "OSLO", kommunenummer: "0301", kommune: "OSLO",
             naeringskode: ("46.900", "Engroshandel med bredt vareutvalg"), registered: "2014-08-30", employees: 40),
        Unit(orgnr: "315710383", name: "STILLE FORNØYD SKJÆRE EIERSEKSJONSSAMEIE", form: "ESEK", street: "Skjæreveien 9",
             postnummer: "7010", poststed: "TRONDHEIM", kommunenummer: "5001", kommune: "TRONDHEIM",
             naeringskode: ("68.209", "Utleie av egen eller leid fast eiendom ellers"), registered: "2012-01-05",
             employees: nil),
        Unit(orgnr: "315710391", name: "LUNEFULL BLID MÅKE BORETTSLAG", form: "BRL", street: "Måkeveien 10",
             postnummer: "5003", poststed: "BERGEN", kommunenummer: "4601", kommune: "BERGEN", naeringskode: nil,
             registered: "2010-03-18", employees: nil),
        Unit(orgnr: "315710405", name: "SVAL VARSOM HARE AS", form: "AS", street: "Hareveien 11", postnummer: "0150",
             poststed: "OSLO", kommunenummer: "0301", kommune: "OSLO", naeringskode: nil, registered: "2022-06-01",
             employees: 2),
        Unit(orgnr: "315710413", name: "GAMMEL GLEMT ULV AS", form: "AS", street: "Ulveveien 12", postnummer: "0150",
             poststed: "OSLO", kommunenummer: "0301", kommune: "OSLO", naeringskode: ("43.220", "VVS-arbeid"),
             registered: "2011-10-10", employees: nil),
        Unit(orgnr: "315710421", name: "FJERNET HEMMELIG RAV AS", form: "AS", street: "Ravveien 13", postnummer: "0150",
             poststed: "OSLO", kommunenummer: "0301", kommune: "OSLO", naeringskode: nil, registered: "2013-04-04",
             employees: nil),
    ]

    /// The underenhet 311312294 of DISKRET NÆR TIGER AS, for `PUT /internal/underenheter/311312294`.
    public static let underenhet: (orgnr: String, body: JSONValue) = (
        "311312294",
        ["navn": "DISKRET NÆR TIGER AS", "organisasjonsform": "BEDR", "overordnetEnhet": "310202398",
         "beliggenhetsadresse": address("Testveien 1", "0150", "OSLO", "0301", "OSLO"),
         "oppstartsdato": "2020-02-01", "registreringsdatoEnhetsregisteret": "2020-01-15"]
    )

    /// Step 3 of `scenario.md` §1, after the roles are written.
    public static let deletions: [(orgnr: String, mode: String, dato: String)] = [
        ("315710413", "slett", "2024-06-30"),
        ("315710421", "fjern", "2025-01-31"),
    ]
}
