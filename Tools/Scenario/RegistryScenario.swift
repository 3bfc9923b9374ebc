import Foundation
import HTTPClient
import JSON

/// The Registry part of the demo scenario (`scenario.md` §1 steps 1–3), loaded through the internal API:
/// every hovedenhet of §2, the underenhet 311312294, the roles of §4, then the two deletions.
/// Used by the tests and by the demo's `ScenarioLoader`: `try RegistryScenario.load(baseURL:token:)`.
public enum RegistryScenario {
    /// A hovedenhet of §2 with the details of its table.
    public struct Unit: Sendable {
        public let organisasjonsnummer: String
        public let navn: String
        public let form: String
        public let street: String
        public let postnummer: String
        public let poststed: String
        public let kommunenummer: String
        public let kommune: String
        public let naeringskode: (kode: String, beskrivelse: String)?
        public let registrert: String
        public let antallAnsatte: Int?
        /// False only for the ESEK and the BRL.
        public let foretaksregisteret: Bool
    }

    /// A person of §3.
    public struct Person: Sendable {
        public let fornavn: String
        public let etternavn: String
        public let fodselsnummer: String
        public let fodselsdato: String
        public let userId: Int
        public var navn: String { "\(fornavn) \(etternavn)" }
    }

    /// A role of §4.
    public struct Role: Sendable {
        public enum Holder: Sendable {
            case person(Person)
            case organisation(String)
        }

        public let unit: String
        public let type: String
        public let holder: Holder
        public var fratraadt = false
    }

    public enum LoadError: Error, CustomStringConvertible {
        case unexpectedStatus(call: String, status: Int, body: String)

        public var description: String {
            switch self {
            case let .unexpectedStatus(call, status, body): return "\(call) answered \(status): \(body)"
            }
        }
    }

    // MARK: §2 organisations

    public static let smartCloud = "315602122"
    public static let annenLeverandor = "315602149"
    public static let diskretNaerTiger = "310202398"
    public static let diskretNaerTigerUnderenhet = "311312294"
    public static let tilfeldigSubtilApe = "310904473"
    public static let tut = "314250052"
    public static let kvikkSmidigOter = "315710340"
    public static let roligGrundigBjorn = "315710359"
    public static let modigLysegronnElg = "315710367"
    public static let revisorkunde = "315710375"
    public static let stilleFornoydSkjaere = "315710383"
    public static let lunefullBlidMaake = "315710391"
    public static let svalVarsomHare = "315710405"
    public static let gammelGlemtUlv = "315710413"
    public static let fjernetHemmeligRav = "315710421"

    /// §2 negative-test numbers.
    public static let invalidCheckDigit = "310202399"
    public static let unknown = "315799996"
    public static let unknownSecond = "315799988"
    public static let tokenIssuer = "991825827"

    public static let deletedOn = "2024-06-30"
    public static let removedOn = "2025-01-31"

    public static let units: [Unit] = [
        unit(smartCloud, "SMARTCLOUD AS", "AS", "Skyveien 1", oslo, ("62.010", "Programmeringstjenester"), "2019-04-01", 35),
        unit(annenLeverandor, "ANNEN LEVERANDØR AS", "AS", "Kaien 2", bergen, ("62.010", "Programmeringstjenester"),
             "2018-09-12", 8),
        unit(diskretNaerTiger, "DISKRET NÆR TIGER AS", "AS", "Testveien 1", oslo,
             ("62.010", "Programmeringstjenester"), "2020-01-15", 12),
        unit(tilfeldigSubtilApe, "TILFELDIG SUBTIL APE", "AS", "Apeveien 3", trondheim,
             ("47.190", "Butikkhandel med bredt vareutvalg ellers"), "2021-03-10", 6),
        unit(tut, "TILBAKEHOLDEN USYMMETRISK TIGER AS", "AS", "Tigerveien 4", drammen,
             ("69.201", "Regnskap og bokføring"), "2015-06-01", 24),
        unit(kvikkSmidigOter, "KVIKK SMIDIG OTER AS", "AS", "Oterveien 5", oslo, ("43.220", "VVS-arbeid"), "2017-05-02", 9),
        unit(roligGrundigBjorn, "ROLIG GRUNDIG BJØRN AS", "AS", "Bjørneveien 6", ("1337", "SANDVIKA", "3201", "BÆRUM"),
             ("56.101", "Drift av restauranter og kafeer"), "2016-11-20", 14),
        unit(modigLysegronnElg, "MODIG LYSEGRØNN ELG AS", "AS", "Elgveien 7", drammen,
             ("49.410", "Godstransport på vei"), "2019-02-14", 4),
        unit(revisorkunde, "REVISORKUNDE AS", "AS", "Kundeveien 8", oslo,
             ("46.900", "Engroshandel med bredt vareutvalg"), "2014-08-30", 40),
        unit(stilleFornoydSkjaere, "STILLE FORNØYD SKJÆRE EIERSEKSJONSSAMEIE", "ESEK", "Skjæreveien 9", trondheim,
             ("68.209", "Utleie av egen eller leid fast eiendom ellers"), "2012-01-05", nil, foretaksregisteret: false),
        unit(lunefullBlidMaake, "LUNEFULL BLID MÅKE BORETTSLAG", "BRL", "Måkeveien 10", bergen, nil, "2010-03-18", nil,
             foretaksregisteret: false),
        unit(svalVarsomHare, "SVAL VARSOM HARE AS", "AS", "Hareveien 11", oslo, nil, "2022-06-01", 2),
        unit(gammelGlemtUlv, "GAMMEL GLEMT ULV AS", "AS", "Ulveveien 12", oslo, ("43.220", "VVS-arbeid"), "2011-10-10", nil),
        unit(fjernetHemmeligRav, "FJERNET HEMMELIG RAV AS", "AS", "Ravveien 13", oslo, nil, "2013-04-04", nil),
    ]

    /// The underenhet 311312294 under 310202398.
    public static let underenhetBody: JSONValue = [
        "navn": "DISKRET NÆR TIGER AS", "organisasjonsform": "BEDR", "overordnetEnhet": .string(diskretNaerTiger),
        "beliggenhetsadresse": address(street: "Testveien 1", oslo), "oppstartsdato": "2020-02-01",
    ]

    // MARK: §3 persons

    public static let dressMinst = Person(fornavn: "DRESS", etternavn: "MINST", fodselsnummer: "12838148288",
                                   fodselsdato: "1981-03-12", userId: 20001)
    public static let stadigKonsert = Person(fornavn: "STADIG", etternavn: "KONSERT", fodselsnummer: "27917413504",
                                      fodselsdato: "1974-11-27", userId: 20002)
    public static let lojalKompass = Person(fornavn: "LOJAL", etternavn: "KOMPASS", fodselsnummer: "05866927113",
                                     fodselsdato: "1969-06-05", userId: 20003)
    public static let traustVekter = Person(fornavn: "TRAUST", etternavn: "VEKTER", fodselsnummer: "19898836587",
                                     fodselsdato: "1988-09-19", userId: 20004)
    public static let sindigBlyant = Person(fornavn: "SINDIG", etternavn: "BLYANT", fodselsnummer: "02829241792",
                                     fodselsdato: "1992-02-02", userId: 20005)
    public static let nysgjerrigPraktikant = Person(fornavn: "NYSGJERRIG", etternavn: "PRAKTIKANT", fodselsnummer: "23870151217",
                                             fodselsdato: "2001-07-23", userId: 20006)
    public static let fremmedTurist = Person(fornavn: "FREMMED", etternavn: "TURIST", fodselsnummer: "14849513878",
                                      fodselsdato: "1995-04-14", userId: 20007)
    public static let skyhoyArkitekt = Person(fornavn: "SKYHØY", etternavn: "ARKITEKT", fodselsnummer: "08907922694",
                                       fodselsdato: "1979-10-08", userId: 20008)
    public static let grundigTeller = Person(fornavn: "GRUNDIG", etternavn: "TELLER", fodselsnummer: "30818533124",
                                      fodselsdato: "1985-01-30", userId: 20009)
    public static let raskSignatur = Person(fornavn: "RASK", etternavn: "SIGNATUR", fodselsnummer: "11927748950",
                                     fodselsdato: "1977-12-11", userId: 20010)
    public static let blidNabo = Person(fornavn: "BLID", etternavn: "NABO", fodselsnummer: "16856324404",
                                 fodselsdato: "1963-05-16", userId: 20011)
    public static let varmStyreleder = Person(fornavn: "VARM", etternavn: "STYRELEDER", fodselsnummer: "21887015861",
                                       fodselsdato: "1970-08-21", userId: 20012)

    public static let persons = [dressMinst, stadigKonsert, lojalKompass, traustVekter, sindigBlyant, nysgjerrigPraktikant,
                          fremmedTurist, skyhoyArkitekt, grundigTeller, raskSignatur, blidNabo, varmStyreleder]

    /// A fødselsnummer with an invalid check digit (§3).
    public static let invalidFodselsnummer = "12838148289"

    // MARK: §4 roles

    public static let roles: [Role] = [
        Role(unit: smartCloud, type: "DAGL", holder: .person(skyhoyArkitekt)),
        Role(unit: annenLeverandor, type: "DAGL", holder: .person(blidNabo)),
        Role(unit: diskretNaerTiger, type: "DAGL", holder: .person(dressMinst)),
        Role(unit: diskretNaerTiger, type: "LEDE", holder: .person(varmStyreleder)),
        Role(unit: tilfeldigSubtilApe, type: "DAGL", holder: .person(stadigKonsert)),
        Role(unit: tut, type: "DAGL", holder: .person(lojalKompass)),
        Role(unit: kvikkSmidigOter, type: "DAGL", holder: .person(raskSignatur)),
        Role(unit: kvikkSmidigOter, type: "REGN", holder: .organisation(tut)),
        Role(unit: roligGrundigBjorn, type: "DAGL", holder: .person(raskSignatur)),
        Role(unit: roligGrundigBjorn, type: "REGN", holder: .organisation(tut)),
        Role(unit: modigLysegronnElg, type: "DAGL", holder: .person(raskSignatur)),
        Role(unit: modigLysegronnElg, type: "REGN", holder: .organisation(tut)),
        Role(unit: revisorkunde, type: "DAGL", holder: .person(blidNabo)),
        Role(unit: revisorkunde, type: "REVI", holder: .organisation(tut)),
        Role(unit: stilleFornoydSkjaere, type: "LEDE", holder: .person(varmStyreleder)),
        Role(unit: stilleFornoydSkjaere, type: "FFØR", holder: .organisation(tut)),
        Role(unit: lunefullBlidMaake, type: "LEDE", holder: .person(varmStyreleder)),
        Role(unit: lunefullBlidMaake, type: "FFØR", holder: .organisation(tut)),
        Role(unit: svalVarsomHare, type: "DAGL", holder: .person(blidNabo)),
        Role(unit: svalVarsomHare, type: "DAGL", holder: .person(fremmedTurist), fratraadt: true),
        Role(unit: svalVarsomHare, type: "FFØR", holder: .organisation(tut)),
        Role(unit: gammelGlemtUlv, type: "DAGL", holder: .person(raskSignatur)),
        Role(unit: gammelGlemtUlv, type: "REGN", holder: .organisation(tut)),
    ]

    /// The units of §4 in the order their roles appear.
    public static var unitsWithRoles: [String] {
        var result: [String] = []
        for role in roles where !result.contains(role.unit) { result.append(role.unit) }
        return result
    }
}
