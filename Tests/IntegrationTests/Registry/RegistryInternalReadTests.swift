import Foundation
import HTTPClient
import JSON
import XCTest

/// `GET /internal/roles?holder=|unit=` and `GET /internal/units` (`registry.md` §5.1–5.3) on the scenario.
final class RegistryInternalReadTests: RegistryTestCase {

    private func units(_ response: ClientResponse) -> [String] {
        response.jsonValue?["roles"]?.arrayValue?.compactMap { role in
            guard let unit = role["unit"]?["organisasjonsnummer"]?.stringValue, let code = role["role"]?.stringValue else {
                return nil
            }
            return "\(unit) \(code)"
        } ?? []
    }

    func test_holderRoles_ofAccountingFirm_listActiveRolesByUnit() throws {
        let response = try registry.internalGet("/internal/roles?holder=314250052")
        XCTAssertEqual(response.status, 200)
        let body = try XCTUnwrap(response.jsonValue)
        XCTAssertEqual(body["holder"], ["type": "organisation", "organisasjonsnummer": "314250052",
                                        "navn": "TILBAKEHOLDEN USYMMETRISK TIGER AS"])
        XCTAssertEqual(units(response), ["315710340 REGN", "315710359 REGN", "315710367 REGN", "315710375 REVI",
                                         "315710383 FFØR", "315710391 FFØR", "315710405 FFØR"])
        XCTAssertEqual(body["roles"]?[0], [
            "role": "REGN",
            "unit": ["organisasjonsnummer": "315710340", "navn": "KVIKK SMIDIG OTER AS", "organisasjonsform": "AS", "kind": "enhet"],
            "fratraadt": false, "active": true,
        ])
        XCTAssertEqual(body["position"]?.intValue, RegistryTestService.position(response))

        let all = try registry.internalGet("/internal/roles?holder=314250052&includeInactive=TRUE")
        XCTAssertEqual(units(all).last, "315710413 REGN")
        XCTAssertEqual(all.jsonValue?["roles"]?.arrayValue?.last?["active"], false)
        XCTAssertEqual(all.jsonValue?["roles"]?.arrayValue?.last?["inactiveReason"], "unit-deleted")
    }

    func test_holderRoles_ofPerson_nameFromLatestRole_andInactiveReasons() throws {
        let rask = try registry.internalGet("/internal/roles?holder=\(RegistryScenario.raskSignatur.fodselsnummer)")
        XCTAssertEqual(rask.jsonValue?["holder"], ["type": "person", "fodselsnummer": "11927748950", "navn": "RASK SIGNATUR"])
        XCTAssertEqual(units(rask), ["315710340 DAGL", "315710359 DAGL", "315710367 DAGL"])

        let turist = RegistryScenario.fremmedTurist.fodselsnummer
        XCTAssertEqual(try registry.internalGet("/internal/roles?holder=\(turist)").jsonValue?["roles"], [])
        let inactive = try registry.internalGet("/internal/roles?holder=\(turist)&includeInactive=true")
        XCTAssertEqual(inactive.jsonValue?["holder"]?["navn"], "FREMMED TURIST")
        XCTAssertEqual(inactive.jsonValue?["roles"]?[0]?["fratraadt"], true)
        XCTAssertEqual(inactive.jsonValue?["roles"]?[0]?["inactiveReason"], "fratraadt")

        let nobody = try registry.internalGet("/internal/roles?holder=\(RegistryScenario.grundigTeller.fodselsnummer)")
        XCTAssertEqual(nobody.status, 200)
        XCTAssertEqual(nobody.jsonValue?["holder"]?["navn"], .null)
        XCTAssertEqual(nobody.jsonValue?["roles"], [])
        let unknownOrganisation = try registry.internalGet("/internal/roles?holder=\(RegistryScenario.unknown)")
        XCTAssertEqual(unknownOrganisation.jsonValue?["holder"]?["navn"], .null)
    }

    func test_holderRoles_change_atOnceAfterRolesWrite() throws {
        let before = try registry.internalGet("/internal/roles?holder=\(RegistryScenario.traustVekter.fodselsnummer)")
        XCTAssertEqual(before.jsonValue?["roles"], [])
        let write = try registry.put("/internal/enheter/\(RegistryScenario.smartCloud)/roller", ["roller": [
            ["type": "DAGL", "person": ["fodselsnummer": .string(RegistryScenario.skyhoyArkitekt.fodselsnummer),
                                        "navn": ["fornavn": "SKYHØY", "etternavn": "ARKITEKT"]]],
            ["type": "MEDL", "person": ["fodselsnummer": .string(RegistryScenario.traustVekter.fodselsnummer),
                                        "navn": ["fornavn": "TRAUST", "mellomnavn": "NY", "etternavn": "VEKTER"]]],
        ]])
        XCTAssertEqual(write.status, 200)
        let after = try registry.internalGet("/internal/roles?holder=\(RegistryScenario.traustVekter.fodselsnummer)")
        XCTAssertEqual(units(after), ["315602122 MEDL"])
        XCTAssertEqual(after.jsonValue?["holder"]?["navn"], "TRAUST NY VEKTER")
        XCTAssertEqual(after.jsonValue?["position"]?.intValue, RegistryTestService.position(write))
    }

    func test_unitRoles_listHoldersInGroupOrder() throws {
        let response = try registry.internalGet("/internal/roles?unit=310202398")
        XCTAssertEqual(response.jsonValue?["unit"], [
            "organisasjonsnummer": "310202398", "navn": "DISKRET NÆR TIGER AS", "organisasjonsform": "AS", "kind": "enhet",
            "status": "active", "overordnetEnhet": .null,
        ])
        XCTAssertEqual(response.jsonValue?["roles"], [
            ["role": "DAGL", "holder": ["type": "person", "fodselsnummer": "12838148288", "fodselsdato": "1981-03-12",
                                        "navn": "DRESS MINST"], "fratraadt": false, "active": true],
            ["role": "LEDE", "holder": ["type": "person", "fodselsnummer": "21887015861", "fodselsdato": "1970-08-21",
                                        "navn": "VARM STYRELEDER"], "fratraadt": false, "active": true],
        ])
        let ffor = try registry.internalGet("/internal/roles?unit=315710383").jsonValue?["roles"]?[1]?["holder"]
        XCTAssertEqual(ffor, ["type": "organisation", "organisasjonsnummer": "314250052",
                              "navn": "TILBAKEHOLDEN USYMMETRISK TIGER AS"])
    }

    func test_unitRoles_ofUnderenhetAndDeletedUnit() throws {
        let underenhet = try registry.internalGet("/internal/roles?unit=311312294").jsonValue
        XCTAssertEqual(underenhet?["unit"]?["kind"], "underenhet")
        XCTAssertEqual(underenhet?["unit"]?["overordnetEnhet"], "310202398")
        XCTAssertEqual(underenhet?["roles"], [])
        let deleted = try registry.internalGet("/internal/roles?unit=315710413").jsonValue
        XCTAssertEqual(deleted?["unit"]?["status"], "deleted")
        XCTAssertEqual(deleted?["unit"]?["slettedato"], "2024-06-30")
        XCTAssertEqual(deleted?["roles"], [])
        let inactive = try registry.internalGet("/internal/roles?unit=315710413&includeInactive=true").jsonValue
        XCTAssertEqual(inactive?["roles"]?.arrayValue?.map { $0["inactiveReason"] }, ["unit-deleted", "unit-deleted"])
        let unknown = try registry.internalGet("/internal/roles?unit=\(RegistryScenario.unknown)")
        XCTAssertEqual(unknown.status, 404)
        XCTAssertEqual(unknown.jsonValue?["code"], "REG-00001")
    }

    func test_roles_validateParameters() throws {
        let cases: [(String, [String])] = [
            ("", ["REG.VLD-00008 ?holder,?unit"]),
            ("holder=314250052&unit=310202398", ["REG.VLD-00008 ?holder,?unit"]),
            ("holder=&unit=", ["REG.VLD-00008 ?holder,?unit"]),
            ("holder=310202399&unit=x", ["REG.VLD-00008 ?holder,?unit"]),
            ("holder=12838148289", ["STD.VLD-00002 ?holder"]),
            ("holder=310202399", ["STD.VLD-00001 ?holder"]),
            ("holder=1234567890", ["STD.VLD-00006 ?holder"]),
            ("unit=310202399", ["STD.VLD-00001 ?unit"]),
            ("unit=310202398&includeInactive=ja", ["STD.VLD-00006 ?includeInactive"]),
        ]
        for (query, expected) in cases {
            let response = try registry.internalGet("/internal/roles?\(query)")
            XCTAssertEqual(response.status, 400, query)
            XCTAssertEqual(response.validationErrors, expected, query)
        }
        XCTAssertEqual(try registry.get("/internal/roles?unit=310202398").status, 401)
        XCTAssertEqual(try registry.get("/internal/roles?unit=310202398", token: registry.vendorToken).status, 403)
        XCTAssertEqual(try registry.get("/internal/roles?unit=310202398", token: registry.platformToken,
                                        accept: "text/html").status, 406)
    }

    func test_units_answerInOrderAsked_withNotFoundAndDuplicatesOnce() throws {
        let response = try registry.internalGet(
            "/internal/units?orgnr=315710421,311312294,,315799996&orgnr=310202398,315710413,311312294,315799988")
        XCTAssertEqual(response.status, 200)
        let body = try XCTUnwrap(response.jsonValue)
        XCTAssertEqual(body["units"]?.arrayValue?.compactMap { $0["organisasjonsnummer"]?.stringValue },
                       ["315710421", "311312294", "310202398", "315710413"])
        XCTAssertEqual(body["units"]?[0], ["organisasjonsnummer": "315710421", "navn": "FJERNET HEMMELIG RAV AS",
                                           "organisasjonsform": "AS", "kind": "enhet", "status": "removed",
                                           "overordnetEnhet": .null, "slettedato": "2025-01-31"])
        XCTAssertEqual(body["units"]?[1]?["overordnetEnhet"], "310202398")
        XCTAssertEqual(body["units"]?[1]?["organisasjonsform"], "BEDR")
        XCTAssertNil(body["units"]?[2]?["slettedato"])
        XCTAssertEqual(body["notFound"], ["315799996", "315799988"])
        XCTAssertEqual(body["position"]?.intValue, RegistryTestService.position(response))
    }

    func test_units_validateNumbers() throws {
        XCTAssertEqual(try registry.internalGet("/internal/units").validationErrors, ["STD.VLD-00004 ?orgnr"])
        XCTAssertEqual(try registry.internalGet("/internal/units?orgnr=,").validationErrors, ["STD.VLD-00004 ?orgnr"])
        let invalid = try registry.internalGet("/internal/units?orgnr=310202399,310202398,abc")
        XCTAssertEqual(invalid.validationErrors, ["STD.VLD-00001 ?orgnr", "STD.VLD-00001 ?orgnr"])
        XCTAssertTrue(invalid.jsonValue?["validationErrors"]?[1]?["detail"]?.stringValue?.contains("abc") ?? false)
        // The request-target is capped at 8 KiB, so the 1000-item limit is shown with short items.
        let many = Array(repeating: "1", count: 1001).joined(separator: ",")
        XCTAssertEqual(try registry.internalGet("/internal/units?orgnr=\(many)").validationErrors, ["STD.VLD-00006 ?orgnr"])
        let repeated = Array(repeating: "310202398", count: 700).joined(separator: ",")
        XCTAssertEqual(try registry.internalGet("/internal/units?orgnr=\(repeated)").jsonValue?["units"]?.arrayValue?.count, 1)
    }
}
