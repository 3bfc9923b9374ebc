import Foundation
import HTTPClient
import JSON
import XCTest

/// `GET /enhetsregisteret/api/enheter/{orgnr}/roller` (`registry.md` §3.5, §10) on the scenario data.
final class RegistryRolesTests: RegistryTestCase {

    private func roles(_ orgnr: String, token: String? = nil, accept: String? = nil) throws -> ClientResponse {
        try registry.get("/enhetsregisteret/api/enheter/\(orgnr)/roller", token: token, accept: accept)
    }

    func test_roles_ofKvikkSmidigOter_matchTheSpecExample_withoutToken() throws {
        let response = try roles("315710340")
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.headers["Content-Type"], "application/json;charset=UTF-8")
        let api = registry.api
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!,
                                                formatOptions: [.withFullDate])
        func code(_ kode: String, _ beskrivelse: String, _ path: String) -> JSONValue {
            ["kode": .string(kode), "beskrivelse": .string(beskrivelse), "_links": ["self": ["href": .string(api + path)]]]
        }
        XCTAssertEqual(response.jsonValue, [
            "rollegrupper": [
                ["type": code("DAGL", "Daglig leder/ adm.direktør", "/roller/rollegruppetyper/DAGL"),
                 "sistEndret": .string(today),
                 "roller": [["type": code("DAGL", "Daglig leder/ adm.direktør", "/roller/rolletyper/DAGL"),
                             "person": ["fodselsdato": "1977-12-11", "navn": ["fornavn": "RASK", "etternavn": "SIGNATUR"],
                                        "erDoed": false],
                             "fratraadt": false, "avregistrert": false, "rekkefolge": 0]]],
                ["type": code("REGN", "Regnskapsfører", "/roller/rollegruppetyper/REGN"),
                 "sistEndret": .string(today),
                 "roller": [["type": code("REGN", "Regnskapsfører", "/roller/rolletyper/REGN"),
                             "enhet": ["organisasjonsnummer": "314250052",
                                       "organisasjonsform": code("AS", "Aksjeselskap", "/organisasjonsformer/AS"),
                                       "navn": ["TILBAKEHOLDEN USYMMETRISK TIGER AS"], "erSlettet": false,
                                       "_links": ["self": ["href": .string("\(api)/enheter/314250052")]]],
                             "fratraadt": false, "avregistrert": false, "rekkefolge": 0]]],
            ],
            "_links": ["self": ["href": .string("\(api)/enheter/315710340/roller")],
                       "enhet": ["href": .string("\(api)/enheter/315710340")]],
        ])
    }

    func test_roles_revealFodselsnummer_onlyWithPlatformToken() throws {
        let person = { (response: ClientResponse) in response.jsonValue?["rollegrupper"]?[0]?["roller"]?[0]?["person"] }
        XCTAssertNil(person(try roles("315710340"))?["fodselsnummer"])
        XCTAssertNil(person(try roles("315710340", token: registry.vendorToken))?["fodselsnummer"],
                     "other valid tokens change nothing")
        let platform = try roles("315710340", token: registry.platformToken)
        XCTAssertEqual(person(platform)?["fodselsnummer"]?.stringValue, RegistryScenario.raskSignatur.fodselsnummer)
        let forged = try roles("315710340", token: registry.forgedToken)
        XCTAssertEqual(forged.status, 401)
        XCTAssertEqual(forged.headers["Content-Type"], "application/json;charset=UTF-8")
        XCTAssertEqual(forged.jsonValue?["feilmelding"], "Ugyldig eller utløpt token")
    }

    func test_roles_keepGroupOrderAndResignedRoles() throws {
        let response = try roles(RegistryScenario.svalVarsomHare)
        let groups = try XCTUnwrap(response.jsonValue?["rollegrupper"]?.arrayValue)
        XCTAssertEqual(groups.map { $0["type"]?["kode"] }, ["DAGL", "FFØR"])
        let dagl = try XCTUnwrap(groups[0]["roller"]?.arrayValue)
        XCTAssertEqual(dagl.map { $0["person"]?["navn"]?["fornavn"] }, ["BLID", "FREMMED"])
        XCTAssertEqual(dagl.map { $0["fratraadt"] }, [false, true])
        XCTAssertEqual(dagl.map { $0["rekkefolge"] }, [0, 1])
        XCTAssertEqual(groups[1]["type"]?["_links"]?["self"]?["href"]?.stringValue,
                       "\(registry.api)/roller/rollegruppetyper/FF%C3%98R")
        XCTAssertEqual(groups[1]["roller"]?[0]?["type"]?["_links"]?["self"]?["href"]?.stringValue,
                       "\(registry.api)/roller/rolletyper/FF%C3%98R")
        let board = try roles(RegistryScenario.diskretNaerTiger).jsonValue?["rollegrupper"]?.arrayValue
        XCTAssertEqual(board?.map { $0["type"]?["kode"] }, ["DAGL", "STYR"])
    }

    func test_roles_ofDeletedRemovedUnknownAndUnderenhet() throws {
        let deleted = try roles(RegistryScenario.gammelGlemtUlv)
        XCTAssertEqual(deleted.status, 200)
        XCTAssertEqual(deleted.jsonValue?["rollegrupper"], [])
        XCTAssertNotNil(deleted.jsonValue?["_links"]?["self"])
        let removed = try roles(RegistryScenario.fjernetHemmeligRav)
        XCTAssertEqual(removed.status, 410)
        XCTAssertEqual(removed.jsonValue?["slettedato"], "2025-01-31")
        let underenhet = try roles(RegistryScenario.diskretNaerTigerUnderenhet)
        XCTAssertEqual(underenhet.status, 404)
        XCTAssertEqual(underenhet.jsonValue?["feilmelding"], "Ingen enhet med organisasjonsnummer 311312294 ble funnet")
        XCTAssertEqual(try roles(RegistryScenario.unknown).status, 404)
        let invalid = try roles(RegistryScenario.invalidCheckDigit)
        XCTAssertEqual(invalid.status, 400)
        XCTAssertEqual(invalid.jsonValue?["valideringsfeil"]?[0]?["parametere"], ["organisasjonsnummer"])
        XCTAssertEqual(try roles(RegistryScenario.smartCloud).jsonValue?["rollegrupper"]?.arrayValue?.count, 1)
    }

    func test_roles_holderUnitMarkedDeleted_whenHolderIsDeleted() throws {
        let holder = RegistryTestNumbers.next()
        let client = RegistryTestNumbers.next()
        XCTAssertEqual(try registry.put("/internal/enheter/\(holder)", ["navn": "REVISOR AS", "organisasjonsform": "AS"]).status, 201)
        XCTAssertEqual(try registry.put("/internal/enheter/\(client)", ["navn": "KUNDE AS", "organisasjonsform": "AS"]).status, 201)
        XCTAssertEqual(try registry.put("/internal/enheter/\(client)/roller", ["roller": [
            ["type": "REVI", "enhet": ["organisasjonsnummer": .string(holder)]]]]).status, 200)
        XCTAssertEqual(try registry.delete("/internal/enheter/\(holder)?mode=fjern&dato=2025-01-01").status, 200)
        let enhet = try roles(client).jsonValue?["rollegrupper"]?[0]?["roller"]?[0]?["enhet"]
        XCTAssertEqual(enhet?["erSlettet"], true)
        XCTAssertEqual(enhet?["navn"], ["REVISOR AS"], "written in full whatever the holder's status")
    }

    func test_roles_negotiateRolleMediaType() throws {
        let vendor = "application/vnd.brreg.enhetsregisteret.rolle.v1+json"
        let response = try roles("315710340", accept: vendor)
        XCTAssertEqual(response.headers["Content-Type"], "\(vendor);charset=UTF-8")
        XCTAssertEqual(try roles("315710340", accept: "application/vnd.brreg.enhetsregisteret.enhet.v2+json").status, 406)
        XCTAssertEqual(try roles("315710340", accept: "application/*").status, 406, "not in the roles row of §2")
        XCTAssertEqual(try roles("315710340", accept: "*/*").status, 200)
    }
}
