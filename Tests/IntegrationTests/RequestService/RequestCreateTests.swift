import Foundation
import HTTPClient
import JSON
import XCTest

final class RequestCreateTests: RequestTestCase {
    func test_standardCreate_gives201_thenRepeatGives200WithSameRequest() throws {
        let service = try service
        let ref = service.uniqueRef("dnt")
        let body = R.standard(ref, redirect: "https://smartcloud.example/receipt?kunde=dnt")
        let first = try service.create(body)
        XCTAssertEqual(first.status, 201, first.text)
        let json = try XCTUnwrap(first.jsonValue)
        let id = try XCTUnwrap(json["id"]?.stringValue)
        XCTAssertEqual(json["status"], "New")
        XCTAssertEqual(json["timedOut"], false)
        XCTAssertEqual(json["escalated"], false)
        XCTAssertEqual(json["externalRef"]?.stringValue, ref)
        XCTAssertEqual(json["integrationTitle"], "Test")
        XCTAssertEqual(json["accessPackages"], [])
        XCTAssertEqual(json["rights"], [R.S.right("ske-krav-og-betalinger")])
        XCTAssertEqual(json["confirmUrl"]?.stringValue,
                       R.portalURL + "/accessmanagement/ui/systemuser/request?id=\(id)&DONTCHOOSEREPORTEE=true")
        XCTAssertEqual(first.headers["Location"], service.process.baseURL + R.base + "/vendor/" + id)
        let created = try XCTUnwrap(json["created"]?.stringValue)
        XCTAssertNotNil(created.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"#, options: .regularExpression))
        let repeated = try service.create(R.standard(ref, rights: ["a-melding"]))
        XCTAssertEqual(repeated.status, 200)
        XCTAssertNil(repeated.headers["Location"])
        XCTAssertEqual(repeated.jsonValue?["id"]?.stringValue, id)
        XCTAssertEqual(repeated.jsonValue?["confirmUrl"], json["confirmUrl"])
        XCTAssertEqual(repeated.jsonValue?["rights"], json["rights"], "nothing from the repeat is used")
        XCTAssertEqual(try service.audit(action: "request.created", target: id).count, 1)
    }

    func test_agentCreate_gives201_withAgentConfirmUrlAndNoRights() throws {
        let service = try service
        let response = try service.create(R.agent(service.uniqueRef("tut")), agent: true)
        XCTAssertEqual(response.status, 201, response.text)
        let json = try XCTUnwrap(response.jsonValue)
        let id = try XCTUnwrap(json["id"]?.stringValue)
        let confirm = try XCTUnwrap(json["confirmUrl"]?.stringValue)
        XCTAssertTrue(confirm.contains("/accessmanagement/ui/systemuser/agentrequest?id=\(id)"), confirm)
        XCTAssertTrue(confirm.hasSuffix("&DONTCHOOSEREPORTEE=true"))
        XCTAssertNil(json["rights"])
        XCTAssertEqual(json["accessPackages"]?.arrayValue?.count, 2)
        XCTAssertEqual(response.headers["Location"], service.process.baseURL + R.base + "/vendor/agent/" + id)
    }

    func test_create_appliesDefaults_whenExternalRefAndTitleAbsentOrEmpty() throws {
        let service = try service
        let party = RegistryScenario.tilfeldigSubtilApe
        let body: JSONValue = ["SYSTEMID": .string(R.standardSystem), "partyorgno": .string(" \(party) "),
                               "externalRef": "", "integrationTitle": nil, "Rights": [R.S.right("a-melding")]]
        let json = try service.created(body)
        XCTAssertEqual(json["externalRef"]?.stringValue, party)
        XCTAssertEqual(json["partyOrgNo"]?.stringValue, party)
        XCTAssertEqual(json["integrationTitle"], "Test")
        XCTAssertNil(json["redirectUrl"])
        let byRef = try service.get(R.base + "/vendor/byexternalref/\(R.standardSystem)/\(party)/\(party)",
                                    token: service.smartCloudToken)
        XCTAssertEqual(byRef.jsonValue?["id"], json["id"])
    }

    func test_standardAndAgent_areKeyedSeparately_andRightsCollapse() throws {
        let service = try service
        let ref = service.uniqueRef("both")
        let party = RegistryScenario.tut
        let standard = try service.created(R.standard(ref, party: party, rights: ["a-melding", "a-melding"]))
        XCTAssertEqual(standard["rights"]?.arrayValue?.count, 1)
        let agent = try service.created(R.agent(ref, party: party), agent: true)
        XCTAssertNotEqual(standard["id"], agent["id"])
    }

    func test_bodyValidation_listsEveryFailure_withJSONPointers() throws {
        let service = try service
        let notJSON = try service.send(.post, R.base + "/vendor", token: service.smartCloudToken, raw: Array("{".utf8))
        XCTAssertEqual(notJSON.validationCodes, ["STD.VLD-00005 /"])
        XCTAssertEqual(try service.create(["a", "b"]).validationCodes, ["STD.VLD-00005 /"])
        let long = String(repeating: "é", count: 256)
        let body: JSONValue = ["partyOrgNo": "310202399", "externalRef": .string(long), "integrationTitle": 5,
                               "rights": [["resource": []], ["action": 1, "resource": [["id": "x"]]]],
                               "accessPackages": [["x": 1], "s"], "redirectUrl": false]
        let response = try service.create(body)
        XCTAssertEqual(response.status, 400)
        XCTAssertEqual(response.code, "STD-00000")
        XCTAssertEqual(response.validationCodes, [
            "STD.VLD-00004 /systemId", "STD.VLD-00001 /partyOrgNo", "STD.VLD-00008 /externalRef",
            "STD.VLD-00005 /integrationTitle", "STD.VLD-00004 /rights/0/resource",
            "STD.VLD-00004 /rights/1/resource/0/value", "STD.VLD-00005 /rights/1/action",
            "STD.VLD-00004 /accessPackages/0/urn", "STD.VLD-00005 /accessPackages/1", "STD.VLD-00005 /redirectUrl",
        ])
        let missingParty = try service.create(["systemId": .string(R.standardSystem)])
        XCTAssertEqual(missingParty.validationCodes, ["STD.VLD-00004 /partyOrgNo"])
        let agentRights = try service.create(R.agent(service.uniqueRef()).with("rights", 7), agent: true)
        XCTAssertEqual(agentRights.status, 201, "an agent request ignores rights: \(agentRights.text)")
    }

    func test_checks_runInSpecOrder() throws {
        let service = try service
        let unknown = RegistryScenario.unknown
        let invalidFirst = try service.create(R.standard(nil, system: "nope", party: "310202399"))
        XCTAssertEqual(invalidFirst.validationCodes, ["STD.VLD-00001 /partyOrgNo"])
        XCTAssertEqual(try service.create(R.standard(nil, system: "nope", party: unknown)).code, "AUTH-00000")
        XCTAssertEqual(try service.create(R.standard(nil, system: R.konkurrentSystem, party: unknown)).code, "AUTH-00000")
        let deletedParty = try service.create(R.standard(nil, party: RegistryScenario.gammelGlemtUlv))
        XCTAssertEqual(deletedParty.status, 400)
        XCTAssertEqual(deletedParty.code, "AUTH-00000")
        XCTAssertEqual(try service.create(R.standard(nil, party: RegistryScenario.fjernetHemmeligRav)).code, "AUTH-00000")
        let missingSystem = try service.create(R.standard(nil, system: "315602122_missing"))
        XCTAssertEqual(missingSystem.status, 404)
        XCTAssertEqual(missingSystem.code, "AUTH-00011")
        XCTAssertEqual(try service.create(R.standard(nil, system: R.deletedSystem)).code, "AUTH-00011")
        let foreign = try service.create(R.standard(nil, system: R.konkurrentSystem, rights: ["nope"], redirect: "x"))
        XCTAssertEqual(foreign.status, 403)
        XCTAssertEqual(foreign.code, "AUTH-00103")
        let admin = try service.vendorToken(org: R.S.konkurrent, scopes: R.requestWrite + " " + R.S.admin)
        XCTAssertEqual(try service.create(R.standard(nil), token: admin).code, "AUTH-00103")
        let underenhet = try service.create(R.standard(service.uniqueRef(), party: RegistryScenario.diskretNaerTigerUnderenhet))
        XCTAssertEqual(underenhet.status, 201, "an active underenhet is accepted: \(underenhet.text)")
    }

    func test_unknownParty_isNotCached_soAUnitWrittenLaterIsUsableAtOnce() throws {
        let service = try service
        let orgnr = RegistryScenario.unknownSecond
        XCTAssertEqual(try service.create(R.standard(service.uniqueRef(), party: orgnr)).code, "AUTH-00000")
        let unit = RegistryScenario.unit(orgnr, "NY ENHET AS", "AS", "Nyveien 1", RegistryScenario.oslo, nil, "2024-01-01", 1)
        let written = try TestHTTP.send(.put, service.registry.baseURL + "/internal/enheter/\(orgnr)",
                                        token: service.platformToken, headers: ["Content-Type": "application/json"],
                                        body: RegistryScenario.body(unit).encoded())
        XCTAssertTrue(written.isSuccess, written.text)
        XCTAssertEqual(try service.create(R.standard(service.uniqueRef(), party: orgnr)).status, 201)
    }

    /// The live-user lookup (§4.4 step 5) sends the key percent-encoded: after a real approval, a create with
    /// the same odd `externalRef` finds the system user (`AUTH-00004`), and one differing only in case does not.
    func test_lookup_findsTheApprovedUser_withAnOddExternalRef() throws {
        let service = try service
        let ref = "a b&c=d/é+" + service.uniqueRef()
        let created = try service.created(R.standard(ref))
        let id = try XCTUnwrap(created["id"]?.stringValue)
        XCTAssertEqual(try service.create(R.standard(ref)).status, 200, "a duplicate of a New request")
        try service.peers.approve(requestId: id, party: R.customer, as: RegistryScenario.dressMinst, keys: service.keys)
        XCTAssertEqual(try service.create(R.standard(ref)).code, "AUTH-00004")
        XCTAssertEqual(try service.create(R.standard(ref.uppercased())).status, 201, "externalRef is compared exactly")
    }

    func test_refusedCreates_areAudited_butDuplicatesAreNot() throws {
        let service = try service
        _ = try service.create(R.standard(nil, system: "315602122_audited"))
        let refused = try service.audit(action: "request.created", target: "315602122_audited")
        XCTAssertEqual(refused.count, 1)
        XCTAssertEqual(refused.first?["outcome"], "refused")
        XCTAssertEqual(refused.first?["details"]?["code"], "AUTH-00011")
        XCTAssertEqual(refused.first?["actor"]?["kind"], "vendor")
        XCTAssertEqual(refused.first?["actor"]?["org"], "315602122")
        _ = try service.create(["systemId": "315602122_badbody"])
        let validation = try service.audit(action: "request.created", target: "315602122_badbody")
        XCTAssertEqual(validation.first?["details"]?["validationErrors"], ["STD.VLD-00004"])
    }
}
