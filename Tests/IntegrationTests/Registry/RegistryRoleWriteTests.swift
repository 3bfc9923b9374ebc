import Foundation
import HTTPClient
import JSON
import XCTest

/// `PUT /internal/enheter/{orgnr}/roller` (`registry.md` §5.4): validation, replacement, unchanged
/// detection, the change log and the audit trail.
final class RegistryRoleWriteTests: RegistryTestCase {

    private func createEnhet() throws -> String {
        let orgnr = RegistryTestNumbers.next()
        XCTAssertEqual(try registry.put("/internal/enheter/\(orgnr)", ["navn": "ROLLER AS", "organisasjonsform": "AS"]).status, 201)
        return orgnr
    }

    private func person(_ fnr: String, _ fornavn: String = "TEST", _ etternavn: String = "PERSON") -> JSONValue {
        ["fodselsnummer": .string(fnr), "navn": ["fornavn": .string(fornavn), "etternavn": .string(etternavn)]]
    }

    func test_putRoles_listsEveryFailure_withRolePaths() throws {
        let orgnr = try createEnhet()
        let response = try registry.put("/internal/enheter/\(orgnr)/roller", ["roller": [
            ["person": person(RegistryScenario.dressMinst.fodselsnummer)],
            ["type": "XXXX", "enhet": ["organisasjonsnummer": .string(RegistryScenario.tut)]],
            ["type": "DAGL", "person": person(RegistryScenario.dressMinst.fodselsnummer),
             "enhet": ["organisasjonsnummer": .string(RegistryScenario.tut)]],
            ["type": "DAGL", "person": ["fodselsnummer": .string(RegistryScenario.invalidFodselsnummer),
                                        "navn": ["fornavn": ""]]],
            ["type": "REGN", "enhet": ["organisasjonsnummer": "310202399"]],
            ["type": "REGN", "enhet": ["organisasjonsnummer": .string(RegistryScenario.unknown)]],
            ["type": "REVI", "enhet": ["organisasjonsnummer": .string(RegistryScenario.diskretNaerTigerUnderenhet)]],
            ["type": "MEDL", "person": ["navn": ["fornavn": "A", "etternavn": "B"], "fodselsdato": "1990-02-30"]],
            ["type": "MEDL", "person": person("01014560013")],
            "ikke et objekt",
            ["type": "LEDE", "person": person(RegistryScenario.varmStyreleder.fodselsnummer)],
            ["type": "LEDE", "person": person(RegistryScenario.varmStyreleder.fodselsnummer)],
        ]])
        XCTAssertEqual(response.status, 400)
        XCTAssertEqual(response.validationErrors, [
            "STD.VLD-00004 /roller/0/type",
            "REG.VLD-00003 /roller/1/type",
            "REG.VLD-00004 /roller/2",
            "STD.VLD-00004 /roller/3/person/navn/fornavn", "STD.VLD-00004 /roller/3/person/navn/etternavn",
            "STD.VLD-00002 /roller/3/person/fodselsnummer",
            "STD.VLD-00001 /roller/4/enhet/organisasjonsnummer",
            "REG.VLD-00005 /roller/5/enhet/organisasjonsnummer",
            "REG.VLD-00005 /roller/6/enhet/organisasjonsnummer",
            "REG.VLD-00006 /roller/7/person/fodselsdato",
            "REG.VLD-00006 /roller/8/person/fodselsdato",
            "STD.VLD-00005 /roller/9",
            "STD.VLD-00006 /roller/11",
        ])
    }

    func test_putRoles_refusesBodyWithoutRollerArrayOrWithTooMany() throws {
        let orgnr = try createEnhet()
        XCTAssertEqual(try registry.put("/internal/enheter/\(orgnr)/roller", ["roller": "x"]).validationErrors,
                       ["STD.VLD-00005 /roller"])
        XCTAssertEqual(try registry.put("/internal/enheter/\(orgnr)/roller", [:]).validationErrors, ["STD.VLD-00005 /roller"])
        let many = JSONValue.array(Array(repeating: ["type": "MEDL", "person": ["navn": ["fornavn": "A", "etternavn": "B"]]],
                                         count: 1001))
        XCTAssertEqual(try registry.put("/internal/enheter/\(orgnr)/roller", ["roller": many]).validationErrors,
                       ["STD.VLD-00006 /roller"])
    }

    func test_putRoles_answers404ForUnknownOrUnderenhet_and409ForDeletedUnit() throws {
        let body: JSONValue = ["roller": []]
        for orgnr in [RegistryScenario.unknown, RegistryScenario.diskretNaerTigerUnderenhet] {
            let response = try registry.put("/internal/enheter/\(orgnr)/roller", body)
            XCTAssertEqual(response.status, 404, orgnr)
            XCTAssertEqual(response.jsonValue?["code"], "REG-00001", orgnr)
        }
        for orgnr in [RegistryScenario.gammelGlemtUlv, RegistryScenario.fjernetHemmeligRav] {
            let response = try registry.put("/internal/enheter/\(orgnr)/roller", body)
            XCTAssertEqual(response.status, 409, orgnr)
            XCTAssertEqual(response.jsonValue?["code"], "REG-00002", orgnr)
        }
        XCTAssertEqual(try registry.put("/internal/enheter/310202399/roller", body).validationErrors, ["STD.VLD-00001 {orgnr}"])
        XCTAssertEqual(try registry.put("/internal/enheter/\(RegistryScenario.unknown)/roller", body, contentType: nil).status,
                       415)
    }

    func test_putRoles_replacesSet_andLogsHoldersBeforeAndAfter() throws {
        let orgnr = try createEnhet()
        let first: JSONValue = ["roller": [
            ["type": "DAGL", "person": person(RegistryScenario.dressMinst.fodselsnummer, "DRESS", "MINST")],
            ["type": "REGN", "enhet": ["organisasjonsnummer": .string(RegistryScenario.tut)]],
        ]]
        let written = try registry.put("/internal/enheter/\(orgnr)/roller", first)
        XCTAssertEqual(written.status, 200)
        XCTAssertEqual(written.headers["X-Registry-Changed"], "true")
        let dagl = written.jsonValue?["rollegrupper"]?[0]?["roller"]?[0]?["person"]
        XCTAssertEqual(dagl?["fodselsnummer"]?.stringValue, RegistryScenario.dressMinst.fodselsnummer, "writes answer with it")
        XCTAssertEqual(dagl?["fodselsdato"], "1981-03-12")

        let same = try registry.put("/internal/enheter/\(orgnr)/roller", first)
        XCTAssertEqual(same.headers["X-Registry-Changed"], "false")
        XCTAssertEqual(RegistryTestService.position(same), RegistryTestService.position(written))
        XCTAssertEqual(same.jsonValue, written.jsonValue)

        let second: JSONValue = ["roller": [
            ["type": "DAGL", "person": person(RegistryScenario.blidNabo.fodselsnummer, "BLID", "NABO")],
        ]]
        let replaced = try registry.put("/internal/enheter/\(orgnr)/roller", second)
        XCTAssertEqual(replaced.headers["X-Registry-Changed"], "true")
        XCTAssertEqual(replaced.jsonValue?["rollegrupper"]?.arrayValue?.count, 1)
        let item = try XCTUnwrap(try registry.feedItems(after: RegistryTestService.position(replaced)! - 1).first)
        XCTAssertEqual(item["kind"], "roller")
        XCTAssertEqual(item["endringstype"], "Endring")
        XCTAssertEqual(item["affectedHolders"], [.string(RegistryScenario.dressMinst.fodselsnummer),
                                                 .string(RegistryScenario.tut), .string(RegistryScenario.blidNabo.fodselsnummer)])
        XCTAssertEqual(item["state"]?["roller"]?.arrayValue?.count, 1)
        XCTAssertEqual(item["state"]?["roller"]?[0]?["person"]?["fodselsnummer"]?.stringValue,
                       RegistryScenario.blidNabo.fodselsnummer)

        let cleared = try registry.put("/internal/enheter/\(orgnr)/roller", ["roller": []])
        XCTAssertEqual(cleared.jsonValue?["rollegrupper"], [])
        let last = try XCTUnwrap(try registry.feedItems(after: RegistryTestService.position(cleared)! - 1).first)
        XCTAssertEqual(last["state"], ["roller": []])
        XCTAssertEqual(last["affectedHolders"], [.string(RegistryScenario.blidNabo.fodselsnummer)])
    }

    func test_putRoles_storesOptionalFieldsAndStateShape() throws {
        let orgnr = try createEnhet()
        let response = try registry.put("/internal/enheter/\(orgnr)/roller", ["roller": [
            ["type": "MEDL", "person": ["navn": ["fornavn": "UTEN", "mellomnavn": "MIDT", "etternavn": "NUMMER"],
                                        "fodselsdato": "1950-05-05", "erDoed": true],
             "avregistrert": true, "valgtAv": ["kode": "AREP", "beskrivelse": "Representant for de ansatte"],
             "ansvarsandel": "1/2", "fullmektige": [["navn": "X", "adresse": ["Gate 1"]]]],
            ["type": "LEDE", "person": person(RegistryScenario.varmStyreleder.fodselsnummer), "fratraadt": true],
            ["type": "MEDL", "person": person(RegistryScenario.sindigBlyant.fodselsnummer)],
        ]])
        XCTAssertEqual(response.status, 200, response.text)
        let styre = try XCTUnwrap(response.jsonValue?["rollegrupper"]?[0])
        XCTAssertEqual(styre["type"]?["kode"], "STYR")
        let roller = try XCTUnwrap(styre["roller"]?.arrayValue)
        XCTAssertEqual(roller.map { $0["type"]?["kode"] }, ["MEDL", "LEDE", "MEDL"])
        XCTAssertEqual(roller.map { $0["rekkefolge"] }, [0, 1, 2])
        XCTAssertEqual(roller[0]["person"]?["navn"], ["fornavn": "UTEN", "mellomnavn": "MIDT", "etternavn": "NUMMER"])
        XCTAssertEqual(roller[0]["person"]?["erDoed"], true)
        XCTAssertNil(roller[0]["person"]?["fodselsnummer"])
        XCTAssertEqual(roller[0]["avregistrert"], true)
        XCTAssertEqual(roller[0]["ansvarsandel"], "1/2")
        XCTAssertEqual(roller[0]["valgtAv"]?["kode"], "AREP")
        XCTAssertEqual(roller[0]["fullmektige"]?[0]?["navn"], "X")
        XCTAssertEqual(roller[1]["fratraadt"], true)
        let item = try XCTUnwrap(try registry.feedItems(after: RegistryTestService.position(response)! - 1).first)
        let state = try XCTUnwrap(item["state"]?["roller"]?.arrayValue)
        XCTAssertEqual(state.map { $0["type"] }, ["MEDL", "LEDE", "MEDL"])
        XCTAssertEqual(state[0]["avregistrert"], true)
        XCTAssertEqual(state[1]["fratraadt"], true)
        XCTAssertEqual(state[2]["person"]?["fodselsnummer"]?.stringValue, RegistryScenario.sindigBlyant.fodselsnummer)
        XCTAssertEqual(state[2]["person"]?["fodselsdato"], "1992-02-02")
        XCTAssertEqual(state[2]["rekkefolge"], 2)
        XCTAssertNotNil(state[2]["sistEndret"]?.stringValue)
    }

    func test_putRoles_derivesBirthDatesByCentury() throws {
        let orgnr = try createEnhet()
        // D-number (day + 40), 1800s (500–749, year 54–99), 2000s (500–999, year 00–39), 1900s (900–999, year 40–99).
        let numbers = ["41018012365", "01015460020", "01010550048", "01019090058"]
        let items: [JSONValue] = numbers.map { number in
            ["type": "MEDL", "person": ["fodselsnummer": .string(number), "navn": ["fornavn": "A", "etternavn": .string(number)]]]
        }
        let response = try registry.put("/internal/enheter/\(orgnr)/roller", ["roller": .array(items)])
        XCTAssertEqual(response.status, 200, response.text)
        let dates = response.jsonValue?["rollegrupper"]?[0]?["roller"]?.arrayValue?.map { $0["person"]?["fodselsdato"] }
        XCTAssertEqual(dates, ["1980-01-01", "1854-01-01", "2005-01-01", "1990-01-01"])
    }

    func test_putRoles_isAuditedWithPlatformApp() throws {
        let orgnr = try createEnhet()
        XCTAssertEqual(try registry.put("/internal/enheter/\(orgnr)/roller", ["roller": []]).headers["X-Registry-Changed"],
                       "false", "an empty set over no roles changes nothing")
        XCTAssertEqual(try registry.put("/internal/enheter/\(orgnr)/roller", ["roller": [
            ["type": "DAGL", "person": person(RegistryScenario.blidNabo.fodselsnummer)]]]).status, 200)
        XCTAssertEqual(try registry.delete("/internal/enheter/\(orgnr)?mode=slett&dato=2024-01-01").status, 200)
        let audit = try registry.internalGet("/internal/audit?limit=1000")
        let rows = (audit.jsonValue?["items"]?.arrayValue ?? []).filter { $0["target"]?.stringValue == orgnr }
        XCTAssertEqual(rows.map { $0["action"] }, ["unit.created", "roles.replaced", "unit.deleted"])
        XCTAssertEqual(rows.first?["actor"], ["kind": "platform", "app": "scenario-loader"])
        XCTAssertEqual(rows.first?["outcome"], "ok")
    }
}
