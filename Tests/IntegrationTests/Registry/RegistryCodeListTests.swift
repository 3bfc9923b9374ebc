import Foundation
import HTTPClient
import JSON
import XCTest

/// The code lists and the API root (`registry.md` §3.6, §9).
final class RegistryCodeListTests: RegistryTestCase {
    override class var loadsScenario: Bool { false }

    private func codes(_ path: String, key: String) throws -> [String] {
        let response = try registry.get("/enhetsregisteret/api" + path)
        XCTAssertEqual(response.status, 200, path)
        XCTAssertEqual(response.jsonValue?["_links"]?["self"]?["href"]?.stringValue, registry.api + path)
        return response.jsonValue?["_embedded"]?[key]?.arrayValue?.compactMap { $0["kode"]?.stringValue } ?? []
    }

    func test_organisationForms_areListedByCode() throws {
        let all = try codes("/organisasjonsformer", key: "organisasjonsformer")
        XCTAssertEqual(all.count, 31)
        XCTAssertEqual(all, all.sorted())
        XCTAssertEqual(try codes("/organisasjonsformer/underenheter", key: "organisasjonsformer"), ["AAFY", "BEDR"])
        let enheter = try codes("/organisasjonsformer/enheter", key: "organisasjonsformer")
        XCTAssertEqual(enheter.count, 29)
        XCTAssertFalse(enheter.contains("BEDR"))
        let one = try registry.get("/enhetsregisteret/api/organisasjonsformer/ESEK")
        XCTAssertEqual(one.jsonValue, ["kode": "ESEK", "beskrivelse": "Eierseksjonssameie",
                                       "_links": ["self": ["href": .string("\(registry.api)/organisasjonsformer/ESEK")]]])
        let missing = try registry.get("/enhetsregisteret/api/organisasjonsformer/XYZ")
        XCTAssertEqual(missing.status, 404)
        XCTAssertEqual(missing.jsonValue?["feilmelding"], "Ressursen finnes ikke")
    }

    func test_roleTypesAndGroups_areListed_andFFORRoutesEncodedAndRaw() throws {
        let types = try codes("/roller/rolletyper", key: "rolletyper")
        XCTAssertEqual(types.count, 22)
        XCTAssertEqual(types, types.sorted())
        let groups = try codes("/roller/rollegruppetyper", key: "rollegruppetyper")
        XCTAssertEqual(groups, ["DAGL", "INNH", "DELT", "KOMP", "BEST", "STYR", "KONT", "REPR", "FFØR", "REGN", "REVI",
                                "BOBE", "SIGN", "PROK", "SAM", "STFT"])
        let encoded = try registry.get("/enhetsregisteret/api/roller/rolletyper/FF%C3%98R")
        XCTAssertEqual(encoded.status, 200)
        XCTAssertEqual(encoded.jsonValue?["beskrivelse"], "Forretningsfører")
        XCTAssertEqual(encoded.jsonValue?["_links"]?["self"]?["href"]?.stringValue, "\(registry.api)/roller/rolletyper/FF%C3%98R")
        let raw = try registry.get("/enhetsregisteret/api/roller/rolletyper/FFØR")
        XCTAssertEqual(raw.status, 200)
        XCTAssertEqual(raw.jsonValue, encoded.jsonValue)
        XCTAssertEqual(try registry.get("/enhetsregisteret/api/roller/rollegruppetyper/FF%C3%98R").status, 200)
        XCTAssertEqual(try registry.get("/enhetsregisteret/api/roller/rollegruppetyper/STYR").jsonValue?["beskrivelse"], "Styre")
        XCTAssertEqual(try registry.get("/enhetsregisteret/api/roller/rolletyper/NOPE").status, 404)
    }

    func test_codeLists_acceptOnlyJSON() throws {
        XCTAssertEqual(try registry.get("/enhetsregisteret/api/organisasjonsformer", accept: "application/json").status, 200)
        XCTAssertEqual(try registry.get("/enhetsregisteret/api/organisasjonsformer", accept: "application/*").status, 406)
        let vendor = try registry.get("/enhetsregisteret/api/organisasjonsformer",
                                      accept: "application/vnd.brreg.enhetsregisteret.enhet.v2+json")
        XCTAssertEqual(vendor.status, 406)
    }

    func test_apiRoot_linksEveryCollection_withAndWithoutSlash() throws {
        for path in ["/enhetsregisteret/api", "/enhetsregisteret/api/"] {
            let response = try registry.get(path)
            XCTAssertEqual(response.status, 200, path)
            let links = try XCTUnwrap(response.jsonValue?["_links"]?.objectValue)
            XCTAssertEqual(links.map(\.0), ["enheter", "underenheter", "organisasjonsformer", "oppdateringer.enheter",
                                            "oppdateringer.underenheter", "oppdateringer.roller", "rolletyper",
                                            "rollegruppetyper"])
            XCTAssertEqual(response.jsonValue?["_links"]?["rolletyper"]?["href"]?.stringValue,
                           "\(registry.api)/roller/rolletyper")
        }
    }
}
