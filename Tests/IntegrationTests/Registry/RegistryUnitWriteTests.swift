import Foundation
import HTTPClient
import JSON
import XCTest

/// `PUT /internal/enheter/{orgnr}` and `/internal/underenheter/{orgnr}` (`registry.md` §5.4).
final class RegistryUnitWriteTests: RegistryTestCase {

    func test_putEnhet_creates201WithLocationAndChange_whenNew() throws {
        let orgnr = RegistryTestNumbers.next()
        let before = try XCTUnwrap(RegistryTestService.position(try registry.get("/health/live")))
        let response = try registry.put("/internal/enheter/\(orgnr)", [
            "organisasjonsnummer": .string(orgnr), "navn": "NY TEST AS", "organisasjonsform": ["kode": "AS", "beskrivelse": "feil"],
            "_links": ["self": ["href": "x"]], "slettedato": "2020-01-01", "ukjent": 1, "stiftelsesdato": "2001-02-03",
        ])
        XCTAssertEqual(response.status, 201, response.text)
        XCTAssertEqual(response.headers["Location"], "\(registry.api)/enheter/\(orgnr)")
        XCTAssertEqual(response.headers["X-Registry-Changed"], "true")
        XCTAssertEqual(RegistryTestService.position(response), before + 1)
        let lookup = try registry.get("/enhetsregisteret/api/enheter/\(orgnr)")
        XCTAssertEqual(lookup.jsonValue, response.jsonValue, "a PUT answers exactly as the lookup")
        let body = try XCTUnwrap(response.jsonValue)
        XCTAssertEqual(body["organisasjonsform"]?["beskrivelse"], "Aksjeselskap")
        XCTAssertEqual(body["organisasjonsform"]?["_links"]?["self"]?["href"]?.stringValue,
                       "\(registry.api)/organisasjonsformer/AS")
        XCTAssertNil(body["slettedato"])
        XCTAssertNil(body["ukjent"])
        XCTAssertEqual(body["stiftelsesdato"], "2001-02-03")
        let item = try XCTUnwrap(try registry.feedItems(after: before).first)
        XCTAssertEqual(item["endringstype"], "Ny")
        XCTAssertEqual(item["kind"], "enhet")
        XCTAssertEqual(item["affectedHolders"], [.string(orgnr)])
        XCTAssertEqual(item["state"]?["status"], "active")
        XCTAssertNil(item["state"]?["_links"])
    }

    func test_putEnhet_changesNothing_whenSameContent() throws {
        let orgnr = RegistryTestNumbers.next()
        let body: JSONValue = ["navn": "SAMME AS", "organisasjonsform": "AS", "konkurs": false]
        XCTAssertEqual(try registry.put("/internal/enheter/\(orgnr)", body).status, 201)
        let position = try XCTUnwrap(RegistryTestService.position(try registry.get("/health/live")))
        let again = try registry.put("/internal/enheter/\(orgnr)", [
            "konkurs": false, "organisasjonsform": ["kode": "AS"], "navn": "SAMME AS", "ignored": true,
        ])
        XCTAssertEqual(again.status, 200)
        XCTAssertEqual(again.headers["X-Registry-Changed"], "false")
        XCTAssertEqual(RegistryTestService.position(again), position)
        XCTAssertNil(again.headers["Location"])
        XCTAssertEqual(try registry.feedItems(after: position).count, 0)
    }

    func test_putEnhet_recordsEndring_whenContentChanges() throws {
        let orgnr = RegistryTestNumbers.next()
        XCTAssertEqual(try registry.put("/internal/enheter/\(orgnr)", ["navn": "FØR AS", "organisasjonsform": "AS"]).status, 201)
        let position = try XCTUnwrap(RegistryTestService.position(try registry.get("/health/live")))
        let changed = try registry.put("/internal/enheter/\(orgnr)", ["navn": "ETTER AS", "organisasjonsform": "ASA"])
        XCTAssertEqual(changed.status, 200)
        XCTAssertEqual(changed.headers["X-Registry-Changed"], "true")
        XCTAssertEqual(RegistryTestService.position(changed), position + 1)
        let items = try registry.feedItems(after: position)
        XCTAssertEqual(items.map { $0["endringstype"] }, ["Endring"])
        XCTAssertEqual(items.first?["state"]?["navn"], "ETTER AS")
    }

    func test_putEnhet_listsEveryFailure_whenFieldsAreInvalid() throws {
        let orgnr = RegistryTestNumbers.next()
        let response = try registry.put("/internal/enheter/\(orgnr)", [
            "organisasjonsnummer": "310202398", "organisasjonsform": "BEDR", "konkurs": "ja",
            "postadresse": ["postnummer": "150", "kommunenummer": 301],
            "stiftelsesdato": "2020-02-30", "naeringskode1": ["kode": "62010"], "antallAnsatte": -1,
            "harRegistrertAntallAnsatte": true, "maalform": "Engelsk", "overordnetEnhet": "310202399",
            "aktivitet": ["ok", 5],
        ])
        XCTAssertEqual(response.status, 400)
        XCTAssertEqual(response.headers["Content-Type"], "application/problem+json")
        XCTAssertEqual(response.jsonValue?["code"], "STD-00000")
        XCTAssertEqual(Set(response.validationErrors), [
            "STD.VLD-00006 /organisasjonsnummer", "STD.VLD-00004 /navn", "REG.VLD-00002 /organisasjonsform",
            "STD.VLD-00006 /postadresse/postnummer", "STD.VLD-00005 /postadresse/kommunenummer",
            "REG.VLD-00006 /stiftelsesdato", "STD.VLD-00005 /konkurs", "STD.VLD-00005 /aktivitet/1",
            "REG.VLD-00007 /naeringskode1/kode", "STD.VLD-00006 /antallAnsatte",
            "STD.VLD-00001 /overordnetEnhet", "STD.VLD-00006 /maalform",
        ])
        XCTAssertEqual(response.validationErrors.count, 12)
        XCTAssertEqual(try registry.get("/enhetsregisteret/api/enheter/\(orgnr)").status, 404, "nothing was written")
    }

    func test_putEnhet_refusesLongNameAndMissingForm() throws {
        let orgnr = RegistryTestNumbers.next()
        let response = try registry.put("/internal/enheter/\(orgnr)", ["navn": .string(String(repeating: "Å", count: 181))])
        XCTAssertEqual(response.validationErrors, ["STD.VLD-00008 /navn", "STD.VLD-00004 /organisasjonsform"])
        let unknownForm = try registry.put("/internal/enheter/\(orgnr)", ["navn": "X", "organisasjonsform": ["kode": "XYZ"]])
        XCTAssertEqual(unknownForm.validationErrors, ["REG.VLD-00002 /organisasjonsform"])
        let emptyName = try registry.put("/internal/enheter/\(orgnr)", ["navn": "", "organisasjonsform": 5])
        XCTAssertEqual(emptyName.validationErrors, ["STD.VLD-00004 /navn", "STD.VLD-00005 /organisasjonsform"])
    }

    func test_putEnhet_ignoresAntallAnsatte_withoutHarRegistrertAntallAnsatte() throws {
        let orgnr = RegistryTestNumbers.next()
        let response = try registry.put("/internal/enheter/\(orgnr)", [
            "navn": "TELLER AS", "organisasjonsform": "AS", "antallAnsatte": 7, "harRegistrertAntallAnsatte": false,
        ])
        XCTAssertEqual(response.status, 201)
        XCTAssertNil(response.jsonValue?["antallAnsatte"])
        XCTAssertEqual(response.jsonValue?["harRegistrertAntallAnsatte"], false)
    }

    func test_putEnhet_checksRequestBeforeBody() throws {
        let orgnr = RegistryTestNumbers.next()
        let invalidPath = try registry.put("/internal/enheter/310202399", ["navn": "X"])
        XCTAssertEqual(invalidPath.status, 400)
        XCTAssertEqual(invalidPath.validationErrors, ["STD.VLD-00001 {orgnr}"])
        let noType = try registry.put("/internal/enheter/\(orgnr)", ["navn": "X", "organisasjonsform": "AS"], contentType: nil)
        XCTAssertEqual(noType.status, 415)
        XCTAssertEqual(noType.jsonValue?["code"], "STD-00415")
        let text = try registry.put("/internal/enheter/\(orgnr)", ["navn": "X"], contentType: "text/plain")
        XCTAssertEqual(text.status, 415)
        let charset = try registry.put("/internal/enheter/\(orgnr)", ["navn": "X", "organisasjonsform": "AS"],
                                       contentType: "application/json; charset=utf-8")
        XCTAssertEqual(charset.status, 201)
        let broken = try registry.put("/internal/enheter/\(orgnr)", raw: Array("{\"navn\":".utf8))
        XCTAssertEqual(broken.validationErrors, ["STD.VLD-00005 /"])
        let array = try registry.put("/internal/enheter/\(orgnr)", raw: Array("[1]".utf8))
        XCTAssertEqual(array.validationErrors, ["STD.VLD-00005 /"])
    }

    func test_internalWrites_needPlatformToken() throws {
        let orgnr = RegistryTestNumbers.next()
        let body: JSONValue = ["navn": "X", "organisasjonsform": "AS"]
        let none = try TestHTTP.send(.put, "\(registry.baseURL)/internal/enheter/\(orgnr)",
                                     headers: ["Content-Type": "application/json"], body: body.encoded())
        XCTAssertEqual(none.status, 401)
        XCTAssertEqual(none.jsonValue?["code"], "AUTH-00101")
        XCTAssertNotNil(none.headers["X-Registry-Position"])
        XCTAssertEqual(try registry.put("/internal/enheter/\(orgnr)", body, token: registry.forgedToken).status, 401)
        let vendor = try registry.put("/internal/enheter/\(orgnr)", body, token: registry.vendorToken)
        XCTAssertEqual(vendor.status, 403)
        XCTAssertEqual(vendor.jsonValue?["code"], "AUTH-00102")
        XCTAssertEqual(try registry.delete("/internal/enheter/\(orgnr)", token: registry.vendorToken).status, 403)
    }

    func test_put_refusesOtherKind_with409() throws {
        let enhet = try registry.put("/internal/enheter/\(RegistryScenario.diskretNaerTigerUnderenhet)",
                                     ["navn": "X", "organisasjonsform": "AS"])
        XCTAssertEqual(enhet.status, 409)
        XCTAssertEqual(enhet.jsonValue?["code"], "REG-00004")
        let underenhet = try registry.put("/internal/underenheter/\(RegistryScenario.diskretNaerTiger)", [
            "navn": "X", "organisasjonsform": "BEDR", "overordnetEnhet": .string(RegistryScenario.tut),
        ])
        XCTAssertEqual(underenhet.status, 409)
        XCTAssertEqual(underenhet.jsonValue?["code"], "REG-00004")
    }

    func test_putUnderenhet_storesShapeWithParentLink() throws {
        let orgnr = RegistryTestNumbers.next()
        let response = try registry.put("/internal/underenheter/\(orgnr)", [
            "navn": "FILIAL", "organisasjonsform": "AAFY", "overordnetEnhet": .string(RegistryScenario.tut),
            "beliggenhetsadresse": ["kommunenummer": "3301", "adresse": ["Gate 1"]], "forretningsadresse": ["land": "x"],
            "konkurs": true, "nedleggelsesdato": "2030-01-01",
        ])
        XCTAssertEqual(response.status, 201, response.text)
        XCTAssertEqual(response.headers["Location"], "\(registry.api)/underenheter/\(orgnr)")
        let body = try XCTUnwrap(response.jsonValue)
        XCTAssertEqual(body["overordnetEnhet"]?.stringValue, RegistryScenario.tut)
        XCTAssertEqual(body["_links"]?["overordnetEnhet"]?["href"]?.stringValue, "\(registry.api)/enheter/\(RegistryScenario.tut)")
        XCTAssertEqual(body["_links"]?["self"]?["href"]?.stringValue, "\(registry.api)/underenheter/\(orgnr)")
        XCTAssertNil(body["forretningsadresse"], "an underenhet has no forretningsadresse")
        XCTAssertNil(body["konkurs"], "an underenhet has no konkurs")
        XCTAssertEqual(body["nedleggelsesdato"], "2030-01-01")
        XCTAssertEqual(try registry.feedItems(after: RegistryTestService.position(response)! - 1).first?["kind"], "underenhet")
    }

    func test_putUnderenhet_refusesParentThatIsNotAnActiveEnhet() throws {
        let orgnr = RegistryTestNumbers.next()
        for parent in [nil, RegistryScenario.unknown, RegistryScenario.diskretNaerTigerUnderenhet,
                       RegistryScenario.gammelGlemtUlv, RegistryScenario.fjernetHemmeligRav] {
            var body: [(String, JSONValue)] = [("navn", "FILIAL"), ("organisasjonsform", "BEDR")]
            if let parent { body.append(("overordnetEnhet", .string(parent))) }
            let response = try registry.put("/internal/underenheter/\(orgnr)", .object(body))
            XCTAssertEqual(response.validationErrors, ["REG.VLD-00001 /overordnetEnhet"], parent ?? "missing")
        }
        let malformed = try registry.put("/internal/underenheter/\(orgnr)", [
            "navn": "FILIAL", "organisasjonsform": "AS", "overordnetEnhet": "123",
        ])
        XCTAssertEqual(malformed.validationErrors, ["REG.VLD-00002 /organisasjonsform", "STD.VLD-00001 /overordnetEnhet"])
    }
}
