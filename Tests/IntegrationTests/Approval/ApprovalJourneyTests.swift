import Foundation
import HTTPClient
import JSON
import XCTest

/// The approval journeys of `scenario.md` §7 over real HTTP (`approval.md` §11).
final class ApprovalJourneyTests: ApprovalTestCase {
    func test_dagligLeder_approves_andVendorAndTokenIssuerSeeTheUser() throws {
        let services = try services
        let request = try services.createRequest(party: "310202398", externalRef: "smartcloud-dnt-1",
                                                 redirect: "https://smartcloud.example/receipt?kunde=dnt")
        let id = try XCTUnwrap(request["id"]?.stringValue)
        let approve = try services.decide("approve", party: "310202398", id: id, as: RegistryScenario.dressMinst)
        XCTAssertEqual(approve.status, 200, approve.text)
        XCTAssertEqual(approve.jsonValue?["redirectUrl"], "https://smartcloud.example/receipt?kunde=dnt")
        XCTAssertEqual(approve.jsonValue?["redirectKind"], "vendor")
        XCTAssertEqual(approve.jsonValue?["loggedOut"], true)
        let vendorRead = try services.send(.get, services.requests.baseURL + ApprovalTestServices.base + "/request/vendor/\(id)",
                                           token: services.smartCloudToken)
        XCTAssertEqual(vendorRead.jsonValue?["status"], "Accepted")
        let issuer = try services.keys.token(["vendor", "--org", "991825827", "--scopes", "altinn:maskinporten/systemuser.read"])
        let lookup = try services.send(.get, services.approval.baseURL + ApprovalTestServices.base
            + "/byExternalId?clientId=5d0a4a8e-3f6b-4c2e-9a57-2b1e8c0f7d31&systemProviderOrgNo=315602122&systemUserOwnerOrgNo=310202398&externalRef=smartcloud-dnt-1",
            token: issuer)
        XCTAssertEqual(lookup.status, 200, lookup.text)
        XCTAssertEqual(lookup.jsonValue?["id"]?.stringValue, id)
        XCTAssertEqual(lookup.jsonValue?["productName"], "315602122_smartcloud")
        let again = try services.decide("approve", party: "310202398", id: id, as: RegistryScenario.dressMinst)
        XCTAssertEqual(again.status, 409)
        XCTAssertEqual(again.jsonValue?["systemUserId"]?.stringValue, id)
    }

    func test_missingRight_refused_thenEscalated_andApprovedByAccessManager() throws {
        let services = try services
        let request = try services.createRequest(party: "310904473", externalRef: "smartcloud-ape-1",
                                                 rights: ["ske-krav-og-betalinger", "a-melding"])
        let id = try XCTUnwrap(request["id"]?.stringValue)
        let refused = try services.decide("approve", party: "310904473", id: id, as: RegistryScenario.sindigBlyant)
        XCTAssertEqual(refused.status, 403)
        XCTAssertEqual(refused.code, "AUTH-00016")
        XCTAssertEqual(refused.jsonValue?["missingRights"], ["a-melding"])
        XCTAssertEqual(refused.jsonValue?["canEscalate"], true)
        let escalated = try services.decide("escalate", party: "310904473", id: id, as: RegistryScenario.sindigBlyant)
        XCTAssertEqual(escalated.status, 200, escalated.text)
        XCTAssertEqual(escalated.jsonValue?["redirectKind"], "loggedOut")
        XCTAssertEqual(escalated.jsonValue?["redirectUrl"], "http://portal.test/logged-out")
        let pending = try services.send(.get, services.approval.baseURL + ApprovalTestServices.base
            + "/request/310904473/310904473/pending", token: try services.personToken(RegistryScenario.stadigKonsert))
        let item = pending.jsonValue?.arrayValue?.first { $0["id"]?.stringValue == id }
        XCTAssertEqual(item?["escalatedBy"]?["pid"], "02829241792")
        XCTAssertEqual(item?["userMayApprove"], true)
        let approved = try services.decide("approve", party: "310904473", id: id, as: RegistryScenario.stadigKonsert)
        XCTAssertEqual(approved.status, 200, approved.text)
    }

    func test_reject_thenApproveAnswers409_andNonManagerIsRefused() throws {
        let services = try services
        let id = try XCTUnwrap(try services.createRequest(party: "310202398", externalRef: "reject-1")["id"]?.stringValue)
        let intern = try services.decide("approve", party: "310202398", id: id, as: RegistryScenario.nysgjerrigPraktikant)
        XCTAssertEqual(intern.code, "AUTH-00066")
        XCTAssertEqual(intern.jsonValue?["canEscalate"], true)
        let rejected = try services.decide("reject", party: "310202398", id: id, as: RegistryScenario.dressMinst)
        XCTAssertEqual(rejected.status, 200, rejected.text)
        XCTAssertEqual(rejected.jsonValue?["status"], "Rejected")
        let approve = try services.decide("approve", party: "310202398", id: id, as: RegistryScenario.dressMinst)
        XCTAssertEqual(approve.status, 409)
        XCTAssertEqual(approve.jsonValue?["status"], "Rejected")
    }

    func test_userDrivenCreation_succeedsOnce() throws {
        let services = try services
        let url = services.approval.baseURL + ApprovalTestServices.base + "/310904473/create"
        let token = try services.personToken(RegistryScenario.stadigKonsert)
        let created = try services.send(.post, url, token: token, body: ["systemId": "315602122_smartcloud"])
        XCTAssertEqual(created.status, 200, created.text)
        XCTAssertEqual(created.jsonValue?["rights"]?.arrayValue?.count, 3)
        XCTAssertEqual(created.jsonValue?["externalRef"], "310904473")
        let second = try services.send(.post, url, token: token, body: ["systemId": "315602122_smartcloud"])
        XCTAssertEqual(second.code, "AUTH-00004")
    }

    func test_agentRequest_approvedByAccessManager_andDeletedWithItsClients() throws {
        let services = try services
        let request = try services.createRequest(party: "314250052", externalRef: "smartcloud-tut-klient",
                                                 packages: ["regnskapsforer-med-signeringsrettighet", "skattegrunnlag"],
                                                 agent: true, system: "315602122_smartcloud_klient")
        let id = try XCTUnwrap(request["id"]?.stringValue)
        let teller = try services.decide("approve", party: "314250052", id: id, as: RegistryScenario.grundigTeller, agent: true)
        XCTAssertEqual(teller.code, "AUTH-00066")
        let approved = try services.decide("approve", party: "314250052", id: id, as: RegistryScenario.dressMinst, agent: true)
        XCTAssertEqual(approved.status, 200, approved.text)
        let dress = try services.personToken(RegistryScenario.dressMinst)
        for client in ["315710340", "315710359"] {
            let added = try services.send(.post, services.delegation.baseURL
                + "/authentication/api/v1/enduser/systemuser/clients?agent=\(id)&client=\(client)", token: dress)
            XCTAssertEqual(added.status, 200, added.text)
        }
        let deleted = try services.send(.delete, services.approval.baseURL + ApprovalTestServices.base
            + "/agent/314250052/\(id)", token: dress)
        XCTAssertEqual(deleted.status, 200, deleted.text)
        XCTAssertEqual(deleted.jsonValue?["removedClientDelegations"], 2)
        let read = try services.send(.get, services.approval.baseURL + "/internal/systemusers/\(id)",
                                     token: services.platformToken)
        XCTAssertEqual(read.jsonValue?["state"], "deleted")
    }
}
