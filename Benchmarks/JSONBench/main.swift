import Foundation
import JSON

/// Foundation's `JSONEncoder` against our `JSONWriter` on a hot-path document: a unit as the Registry
/// serves it (`registry.md` §4.1), about 900 bytes. Run: `swift run -c release JSONBench [iterations]`.
struct Address: Encodable {
    let land, landkode, postnummer, poststed: String
    let adresse: [String]
    let kommune, kommunenummer: String
}
struct Code: Encodable { let kode, beskrivelse: String }
struct Link: Encodable { let href: String }
struct Links: Encodable { let `self`: Link }
struct Form: Encodable { let kode, beskrivelse: String; let _links: Links }
struct Unit: Encodable {
    let organisasjonsnummer, navn: String
    let organisasjonsform: Form
    let forretningsadresse: Address
    let registreringsdatoEnhetsregisteret: String
    let registrertIMvaregisteret: Bool
    let naeringskode1: Code
    let harRegistrertAntallAnsatte: Bool
    let antallAnsatte: Int
    let institusjonellSektorkode: Code
    let registrertIForetaksregisteret, registrertIStiftelsesregisteret, registrertIFrivillighetsregisteret: Bool
    let konkurs, underAvvikling, underTvangsavviklingEllerTvangsopplosning: Bool
    let maalform: String
    let _links: Links
}

let base = "http://127.0.0.1:8081/enhetsregisteret/api"
let unit = Unit(
    organisasjonsnummer: "310202398", navn: "DISKRET NÆR TIGER AS",
    organisasjonsform: Form(kode: "AS", beskrivelse: "Aksjeselskap", _links: Links(self: Link(href: "\(base)/organisasjonsformer/AS"))),
    forretningsadresse: Address(land: "Norge", landkode: "NO", postnummer: "0150", poststed: "OSLO",
                                adresse: ["Testveien 1"], kommune: "OSLO", kommunenummer: "0301"),
    registreringsdatoEnhetsregisteret: "2020-01-15", registrertIMvaregisteret: true,
    naeringskode1: Code(kode: "62.010", beskrivelse: "Programmeringstjenester"), harRegistrertAntallAnsatte: true,
    antallAnsatte: 12, institusjonellSektorkode: Code(kode: "2100", beskrivelse: "Private aksjeselskaper mv."),
    registrertIForetaksregisteret: true, registrertIStiftelsesregisteret: false, registrertIFrivillighetsregisteret: false,
    konkurs: false, underAvvikling: false, underTvangsavviklingEllerTvangsopplosning: false, maalform: "Bokmål",
    _links: Links(self: Link(href: "\(base)/enheter/310202398")))

func writeByHand(_ unit: Unit) -> [UInt8] {
    var json = JSONWriter(capacity: 1024)
    json.beginObject()
    json.member("organisasjonsnummer", unit.organisasjonsnummer)
    json.member("navn", unit.navn)
    json.key("organisasjonsform"); json.beginObject()
    json.member("kode", unit.organisasjonsform.kode); json.member("beskrivelse", unit.organisasjonsform.beskrivelse)
    json.key("_links"); json.beginObject(); json.key("self"); json.beginObject()
    json.member("href", unit.organisasjonsform._links.`self`.href); json.endObject(); json.endObject()
    json.endObject()
    let address = unit.forretningsadresse
    json.key("forretningsadresse"); json.beginObject()
    json.member("land", address.land); json.member("landkode", address.landkode)
    json.member("postnummer", address.postnummer); json.member("poststed", address.poststed)
    json.key("adresse"); json.beginArray(); for line in address.adresse { json.string(line) }; json.endArray()
    json.member("kommune", address.kommune); json.member("kommunenummer", address.kommunenummer)
    json.endObject()
    json.member("registreringsdatoEnhetsregisteret", unit.registreringsdatoEnhetsregisteret)
    json.member("registrertIMvaregisteret", unit.registrertIMvaregisteret)
    json.key("naeringskode1"); json.beginObject()
    json.member("kode", unit.naeringskode1.kode); json.member("beskrivelse", unit.naeringskode1.beskrivelse); json.endObject()
    json.member("harRegistrertAntallAnsatte", unit.harRegistrertAntallAnsatte)
    json.member("antallAnsatte", unit.antallAnsatte)
    json.key("institusjonellSektorkode"); json.beginObject()
    json.member("kode", unit.institusjonellSektorkode.kode)
    json.member("beskrivelse", unit.institusjonellSektorkode.beskrivelse); json.endObject()
    json.member("registrertIForetaksregisteret", unit.registrertIForetaksregisteret)
    json.member("registrertIStiftelsesregisteret", unit.registrertIStiftelsesregisteret)
    json.member("registrertIFrivillighetsregisteret", unit.registrertIFrivillighetsregisteret)
    json.member("konkurs", unit.konkurs)
    json.member("underAvvikling", unit.underAvvikling)
    json.member("underTvangsavviklingEllerTvangsopplosning", unit.underTvangsavviklingEllerTvangsopplosning)
    json.member("maalform", unit.maalform)
    json.key("_links"); json.beginObject(); json.key("self"); json.beginObject()
    json.member("href", unit._links.`self`.href); json.endObject(); json.endObject()
    json.endObject()
    return json.bytes
}

func measure(_ name: String, iterations: Int, _ body: () throws -> Int) rethrows -> Double {
    var bytes = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<iterations { bytes &+= try body() }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let rate = Double(iterations) / seconds
    print("\(name): \(Int(rate)) documents/s (\(bytes / iterations) bytes each)")
    return rate
}

let iterations = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 200_000 : 200_000
let encoder = JSONEncoder()
var foundationRates: [Double] = []
var writerRates: [Double] = []
for _ in 0..<3 {
    foundationRates.append(try measure("JSONEncoder", iterations: iterations) { try encoder.encode(unit).count })
    writerRates.append(measure("JSONWriter ", iterations: iterations) { writeByHand(unit).count })
}
let foundation = foundationRates.sorted()[1]
let writer = writerRates.sorted()[1]
print("median: JSONEncoder \(Int(foundation))/s, JSONWriter \(Int(writer))/s, ratio \(String(format: "%.1f", writer / foundation))×")
