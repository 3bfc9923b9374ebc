import Foundation
import HTTPClient
import JSON

extension RegistryScenario {
    public typealias Place = (postnummer: String, poststed: String, kommunenummer: String, kommune: String)

    public static let oslo: Place = ("0150", "OSLO", "0301", "OSLO")
    public static let bergen: Place = ("5003", "BERGEN", "4601", "BERGEN")
    public static let trondheim: Place = ("7010", "TRONDHEIM", "5001", "TRONDHEIM")
    public static let drammen: Place = ("3015", "DRAMMEN", "3301", "DRAMMEN")

    public static func unit(_ orgnr: String, _ navn: String, _ form: String, _ street: String, _ place: Place,
                     _ naering: (String, String)?, _ registrert: String, _ ansatte: Int?,
                     foretaksregisteret: Bool = true) -> Unit {
        Unit(organisasjonsnummer: orgnr, navn: navn, form: form, street: street, postnummer: place.postnummer,
             poststed: place.poststed, kommunenummer: place.kommunenummer, kommune: place.kommune,
             naeringskode: naering.map { (kode: $0.0, beskrivelse: $0.1) }, registrert: registrert,
             antallAnsatte: ansatte, foretaksregisteret: foretaksregisteret)
    }

    public static func address(street: String, _ place: Place) -> JSONValue {
        ["land": "Norge", "landkode": "NO", "postnummer": .string(place.postnummer), "poststed": .string(place.poststed),
         "adresse": [.string(street)], "kommune": .string(place.kommune), "kommunenummer": .string(place.kommunenummer)]
    }

    /// The body of `PUT /internal/enheter/{orgnr}` for a unit of §2 (as the example in §2 writes it).
    public static func body(_ unit: Unit) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("navn", .string(unit.navn)), ("organisasjonsform", .string(unit.form)),
            ("forretningsadresse", address(street: unit.street, (unit.postnummer, unit.poststed, unit.kommunenummer,
                                                                 unit.kommune))),
            ("registreringsdatoEnhetsregisteret", .string(unit.registrert)),
        ]
        if let code = unit.naeringskode {
            members.append(("naeringskode1", ["kode": .string(code.kode), "beskrivelse": .string(code.beskrivelse)]))
        }
        members.append(("harRegistrertAntallAnsatte", .bool(unit.antallAnsatte != nil)))
        if let count = unit.antallAnsatte { members.append(("antallAnsatte", .int(Int64(count)))) }
        members += [("registrertIForetaksregisteret", .bool(unit.foretaksregisteret)), ("konkurs", false),
                    ("underAvvikling", false), ("maalform", "Bokmål")]
        return .object(members)
    }

    /// The body of `PUT /internal/enheter/{orgnr}/roller` for a unit of §4.
    public static func rolesBody(_ orgnr: String) -> JSONValue {
        let items: [JSONValue] = roles.filter { $0.unit == orgnr }.map { role in
            var members: [(String, JSONValue)] = [("type", .string(role.type))]
            switch role.holder {
            case .person(let person):
                members.append(("person", ["fodselsnummer": .string(person.fodselsnummer),
                                           "navn": ["fornavn": .string(person.fornavn),
                                                    "etternavn": .string(person.etternavn)]]))
            case .organisation(let orgnr):
                members.append(("enhet", ["organisasjonsnummer": .string(orgnr)]))
            }
            if role.fratraadt { members.append(("fratraadt", true)) }
            return .object(members)
        }
        return ["roller": .array(items)]
    }

    /// Loads §1 steps 1–3 into the Registry at `baseURL` with a platform `token`; throws on any answer
    /// other than the expected 200/201.
    public static func load(baseURL: String, token: String, client: HTTPClient = scenarioClient) throws {
        for unit in units {
            try put(client, "\(baseURL)/internal/enheter/\(unit.organisasjonsnummer)", body(unit), token: token)
        }
        try put(client, "\(baseURL)/internal/underenheter/\(diskretNaerTigerUnderenhet)", underenhetBody, token: token)
        for orgnr in unitsWithRoles {
            try put(client, "\(baseURL)/internal/enheter/\(orgnr)/roller", rolesBody(orgnr), token: token)
        }
        try send(client, .delete, "\(baseURL)/internal/enheter/\(gammelGlemtUlv)?mode=slett&dato=\(deletedOn)",
                 token: token)
        try send(client, .delete, "\(baseURL)/internal/enheter/\(fjernetHemmeligRav)?mode=fjern&dato=\(removedOn)",
                 token: token)
    }

    public static let scenarioClient = HTTPClient(peer: "scenario", configuration: {
        var configuration = HTTPClient.Configuration()
        configuration.maxAttempts = 1
        configuration.attemptTimeout = .seconds(10)
        return configuration
    }())

    private static func put(_ client: HTTPClient, _ url: String, _ body: JSONValue, token: String) throws {
        try send(client, .put, url, body: body.encoded(), token: token)
    }

    private static func send(_ client: HTTPClient, _ method: ClientRequest.Method, _ url: String, body: [UInt8] = [],
                             token: String) throws {
        try ScenarioCall.send(client, method, url, body: body, token: token)
    }
}
