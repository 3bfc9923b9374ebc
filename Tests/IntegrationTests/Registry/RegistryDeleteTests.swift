import Foundation
import HTTPClient
import JSON
import XCTest

/// `DELETE /internal/enheter|underenheter/{orgnr}?mode=&dato=` and reviving by PUT (`registry.md` §5.4).
final class RegistryDeleteTests: RegistryTestCase {

    private func createEnhet(_ navn: String = "SLETTES AS") throws -> String {
        let orgnr = RegistryTestNumbers.next()
        let response = try registry.put("/internal/enheter/\(orgnr)", [
            "navn": .string(navn), "organisasjonsform": "AS",
            "naeringskode1": ["kode": "62.010"], "forretningsadresse": ["kommunenummer": "0301"],
        ])
        XCTAssertEqual(response.status, 201, response.text)
        return orgnr
    }

    func test_delete_movesThroughSlettAndFjern_withOneChangeEach() throws {
        let orgnr = try createEnhet()
        let start = try XCTUnwrap(RegistryTestService.position(try registry.get("/health/live")))

        let deleted = try registry.delete("/internal/enheter/\(orgnr)?mode=slett&dato=2024-06-30")
        XCTAssertEqual(deleted.status, 200)
        XCTAssertEqual(deleted.headers["X-Registry-Changed"], "true")
        XCTAssertEqual(RegistryTestService.position(deleted), start + 1)
        XCTAssertEqual(deleted.jsonValue?["slettedato"], "2024-06-30")
        XCTAssertEqual(deleted.jsonValue?["navn"], "SLETTES AS")
        XCTAssertEqual(try registry.get("/enhetsregisteret/api/enheter/\(orgnr)").jsonValue, deleted.jsonValue)

        let again = try registry.delete("/internal/enheter/\(orgnr)?dato=2025-01-01")
        XCTAssertEqual(again.status, 200)
        XCTAssertEqual(again.headers["X-Registry-Changed"], "false")
        XCTAssertEqual(again.jsonValue?["slettedato"], "2024-06-30", "the stored date is kept")
        XCTAssertEqual(RegistryTestService.position(again), start + 1)

        let removed = try registry.delete("/internal/enheter/\(orgnr)?mode=fjern&dato=2025-01-31")
        XCTAssertEqual(removed.status, 200)
        XCTAssertEqual(removed.headers["X-Registry-Changed"], "true")
        XCTAssertEqual(removed.jsonValue, [
            "organisasjonsnummer": .string(orgnr), "slettedato": "2025-01-31",
            "_links": ["self": ["href": .string("\(registry.api)/enheter/\(orgnr)")]],
        ])
        XCTAssertEqual(try registry.get("/enhetsregisteret/api/enheter/\(orgnr)").status, 410)
        for mode in ["slett", "fjern"] {
            let unchanged = try registry.delete("/internal/enheter/\(orgnr)?mode=\(mode)")
            XCTAssertEqual(unchanged.headers["X-Registry-Changed"], "false", mode)
            XCTAssertEqual(unchanged.jsonValue, removed.jsonValue, mode)
        }

        let items = try registry.feedItems(after: start)
        XCTAssertEqual(items.map { $0["endringstype"] }, ["Sletting", "Fjernet"])
        XCTAssertEqual(items.map { $0["state"]?["status"] }, ["deleted", "removed"])
        XCTAssertEqual(items.map { $0["state"]?["slettedato"] }, ["2024-06-30", "2025-01-31"])
    }

    func test_delete_fjernOfActiveUnit_removesAtOnce() throws {
        let orgnr = try createEnhet()
        let response = try registry.delete("/internal/enheter/\(orgnr)?mode=fjern&dato=2025-02-01")
        XCTAssertEqual(response.status, 200)
        let item = try XCTUnwrap(try registry.feedItems(after: RegistryTestService.position(response)! - 1).first)
        XCTAssertEqual(item["endringstype"], "Fjernet")
    }

    func test_delete_defaultsToSlettToday() throws {
        let orgnr = try createEnhet()
        let response = try registry.delete("/internal/enheter/\(orgnr)")
        XCTAssertEqual(response.status, 200)
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!,
                                                formatOptions: [.withFullDate])
        XCTAssertEqual(response.jsonValue?["slettedato"]?.stringValue, today)
    }

    func test_put_revivesDeletedUnit_asEndring() throws {
        let orgnr = try createEnhet("GJENOPPSTÅR AS")
        XCTAssertEqual(try registry.delete("/internal/enheter/\(orgnr)?mode=fjern&dato=2025-01-31").status, 200)
        let revived = try registry.put("/internal/enheter/\(orgnr)", [
            "navn": "GJENOPPSTÅR AS", "organisasjonsform": "AS",
            "naeringskode1": ["kode": "62.010"], "forretningsadresse": ["kommunenummer": "0301"],
        ])
        XCTAssertEqual(revived.status, 200)
        XCTAssertEqual(revived.headers["X-Registry-Changed"], "true", "same content, but it was not active")
        XCTAssertNil(revived.jsonValue?["slettedato"])
        let item = try XCTUnwrap(try registry.feedItems(after: RegistryTestService.position(revived)! - 1).first)
        XCTAssertEqual(item["endringstype"], "Endring")
        XCTAssertEqual(item["state"]?["status"], "active")
        XCTAssertNil(item["state"]?["slettedato"])
        let internalUnit = try registry.internalGet("/internal/units?orgnr=\(orgnr)").jsonValue?["units"]?[0]
        XCTAssertEqual(internalUnit?["status"], "active")
    }

    func test_delete_checksParametersAndExistence() throws {
        let orgnr = try createEnhet()
        let bad = try registry.delete("/internal/enheter/\(orgnr)?mode=bort&dato=2024-13-01")
        XCTAssertEqual(bad.status, 400)
        XCTAssertEqual(bad.validationErrors, ["STD.VLD-00006 ?mode", "REG.VLD-00006 ?dato"])
        XCTAssertEqual(try registry.delete("/internal/enheter/310202399").validationErrors, ["STD.VLD-00001 {orgnr}"])
        let unknown = try registry.delete("/internal/enheter/\(RegistryScenario.unknown)")
        XCTAssertEqual(unknown.status, 404)
        XCTAssertEqual(unknown.jsonValue?["code"], "REG-00001")
        let otherKind = try registry.delete("/internal/underenheter/\(orgnr)")
        XCTAssertEqual(otherKind.status, 404)
        XCTAssertEqual(otherKind.jsonValue?["code"], "REG-00001")
        XCTAssertEqual(try registry.get("/enhetsregisteret/api/enheter/\(orgnr)").status, 200, "nothing was deleted")
    }

    func test_deleteUnderenhet_answersSlimBodyWithNedleggelsesdato() throws {
        let orgnr = RegistryTestNumbers.next()
        XCTAssertEqual(try registry.put("/internal/underenheter/\(orgnr)", [
            "navn": "NEDLAGT FILIAL", "organisasjonsform": "BEDR", "overordnetEnhet": .string(RegistryScenario.tut),
            "nedleggelsesdato": "2024-05-01",
        ]).status, 201)
        let deleted = try registry.delete("/internal/underenheter/\(orgnr)?dato=2024-06-01")
        XCTAssertEqual(deleted.status, 200)
        XCTAssertEqual(deleted.jsonValue?["nedleggelsesdato"], "2024-05-01")
        XCTAssertEqual(deleted.jsonValue?["slettedato"], "2024-06-01")
        XCTAssertEqual(deleted.jsonValue?["_links"]?["self"]?["href"]?.stringValue, "\(registry.api)/underenheter/\(orgnr)")
        let item = try XCTUnwrap(try registry.feedItems(after: RegistryTestService.position(deleted)! - 1).first)
        XCTAssertEqual(item["kind"], "underenhet")
        XCTAssertEqual(item["endringstype"], "Sletting")
    }

    func test_deleteEnhet_keepsRolesButMakesThemInactive() throws {
        let orgnr = try createEnhet()
        let roles: JSONValue = ["roller": [["type": "DAGL", "person": [
            "fodselsnummer": .string(RegistryScenario.traustVekter.fodselsnummer),
            "navn": ["fornavn": "TRAUST", "etternavn": "VEKTER"]]]]]
        XCTAssertEqual(try registry.put("/internal/enheter/\(orgnr)/roller", roles).status, 200)
        let deleted = try registry.delete("/internal/enheter/\(orgnr)?dato=2024-06-30")
        let item = try XCTUnwrap(try registry.feedItems(after: RegistryTestService.position(deleted)! - 1).first)
        XCTAssertEqual(item["affectedHolders"], [.string(orgnr), .string(RegistryScenario.traustVekter.fodselsnummer)])
        let flat = try registry.internalGet("/internal/roles?unit=\(orgnr)&includeInactive=true").jsonValue
        XCTAssertEqual(flat?["roles"]?[0]?["active"], false)
        XCTAssertEqual(flat?["roles"]?[0]?["inactiveReason"], "unit-deleted")
        let writeAgain = try registry.put("/internal/enheter/\(orgnr)/roller", roles)
        XCTAssertEqual(writeAgain.status, 409)
        XCTAssertEqual(writeAgain.jsonValue?["code"], "REG-00002")
    }
}
