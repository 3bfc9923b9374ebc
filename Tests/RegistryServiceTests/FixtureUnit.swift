@testable import RegistryService
import JSON

/// A unit for `RegistryFixture.put`: the body of `PUT /internal/enheter|underenheter/{orgnr}` built from a
/// few search-relevant fields, so the canonical writer stores it exactly as a real write would.
struct FixtureUnit {
    var orgnr: String
    var navn: String
    var form: String
    var kind: OrganisationForm.UnitKind = .enhet
    var parent: String?
    var kommune: String?
    var postKommune: String?
    var registrert: String?
    var naering: [String] = []
    var ansatte: Int?
    var konkurs: Bool?
    var underAvvikling: Bool?
    var tvangsavvikling: Bool?
    var mva: Bool?
    var foretaksregisteret: Bool?

    var body: JSONValue {
        var members: [(String, JSONValue)] = [("navn", .string(navn)), ("organisasjonsform", .string(form))]
        if let postKommune { members.append(("postadresse", Self.address(postKommune))) }
        if let kommune { members.append((kind == .enhet ? "forretningsadresse" : "beliggenhetsadresse", Self.address(kommune))) }
        if let registrert { members.append(("registreringsdatoEnhetsregisteret", .string(registrert))) }
        let flags: [(String, Bool?)] = [("registrertIMvaregisteret", mva), ("registrertIForetaksregisteret", foretaksregisteret),
                                        ("konkurs", konkurs), ("underAvvikling", underAvvikling),
                                        ("underTvangsavviklingEllerTvangsopplosning", tvangsavvikling)]
        for case let (name, value?) in flags { members.append((name, .bool(value))) }
        for (index, code) in naering.enumerated() {
            members.append(("naeringskode\(index + 1)", ["kode": .string(code), "beskrivelse": .string("Næring \(code)")]))
        }
        members.append(("harRegistrertAntallAnsatte", .bool(ansatte != nil)))
        if let ansatte { members.append(("antallAnsatte", .int(Int64(ansatte)))) }
        if let parent { members.append(("overordnetEnhet", .string(parent))) }
        return .object(members)
    }

    private static func address(_ kommune: String) -> JSONValue {
        ["land": "Norge", "landkode": "NO", "postnummer": "0150", "poststed": "OSLO", "adresse": ["Testveien 1"],
         "kommunenummer": .string(kommune)]
    }
}
