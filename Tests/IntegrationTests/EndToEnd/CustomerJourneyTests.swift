import Foundation
import JSON
import Scenario
import XCTest

/// The standard journeys of `scenario.md` §7 (J1–J7, J17–J20) across the four real executables, with
/// the decisions of §8.3 for the standard system user R1.
final class CustomerJourneyTests: JourneyTestCase {
    /// J1, J2, then the token issuer's lookup and R1's decisions.
    func test_standardRequest_isApprovedByDagligLeder_andTheVendorReadsAccepted() throws {
        let system = try system
        let r1 = try createStandardRequest(party: S.diskretNaerTiger, externalRef: "smartcloud-dnt-1",
                                           resources: [Self.krav], redirectUrl: "https://smartcloud.example/receipt?kunde=dnt")
        let id = try XCTUnwrap(r1["id"]?.stringValue)
        XCTAssertEqual(r1["status"]?.stringValue, "New")
        XCTAssertTrue(r1["confirmUrl"]?.stringValue?.hasSuffix("&DONTCHOOSEREPORTEE=true") ?? false, "\(r1)")

        let approved = try decide("approve", id, party: S.diskretNaerTiger, as: S.dressMinst)
        XCTAssertEqual(approved.status, 200, approved.text)
        XCTAssertEqual(approved.jsonValue?["redirectKind"]?.stringValue, "vendor")
        XCTAssertEqual(approved.jsonValue?["redirectUrl"]?.stringValue, "https://smartcloud.example/receipt?kunde=dnt")
        XCTAssertEqual(approved.jsonValue?["loggedOut"]?.boolValue, true)
        XCTAssertEqual(approved.jsonValue?["systemUserId"]?.stringValue, id)
        XCTAssertEqual(try vendorRead(id).jsonValue?["status"]?.stringValue, "Accepted")

        let issuer = try system.keys.token(["vendor", "--org", S.tokenIssuer, "--scopes", "altinn:maskinporten/systemuser.read"])
        let lookup = try system.call(system.approval, .get, "/authentication/api/v1/systemuser/byExternalId"
            + "?clientId=\(SystemScenario.standardClientId)&systemProviderOrgNo=\(S.smartCloud)"
            + "&systemUserOwnerOrgNo=\(S.diskretNaerTiger)&externalRef=smartcloud-dnt-1", token: issuer)
        XCTAssertEqual(lookup.status, 200, lookup.text)
        XCTAssertEqual(lookup.jsonValue?["id"]?.stringValue, id)
        XCTAssertEqual(lookup.jsonValue?["productName"]?.stringValue, SystemScenario.standardSystem)

        let permits = [(S.diskretNaerTiger, Self.krav), (S.diskretNaerTigerUnderenhet, Self.krav)]
        for (party, resource) in permits {
            let answer = try system.decide(subject: id, party: party, resource: resource)
            XCTAssertEqual(answer.decision, "Permit", "\(party) \(resource): \(String(describing: answer.body))")
            XCTAssertEqual(answer.reason, "standard.right")
        }
        XCTAssertEqual(try system.decide(subject: id, party: S.diskretNaerTiger, resource: Self.aMelding).reason,
                       "standard.not-covered")
        XCTAssertEqual(try system.decide(subject: id, party: S.tilfeldigSubtilApe, resource: Self.krav).reason,
                       "standard.party-mismatch")
    }

    /// J3–J7: a person without every right is refused with the missing list, escalates, and an access
    /// manager approves from the pending list.
    func test_escalatedRequest_isApprovedByAnAccessManager() throws {
        let r2 = try createStandardRequest(party: S.tilfeldigSubtilApe, externalRef: "smartcloud-ape-1",
                                           resources: [Self.krav, Self.aMelding])
        let id = try XCTUnwrap(r2["id"]?.stringValue)

        let refused = try decide("approve", id, party: S.tilfeldigSubtilApe, as: S.sindigBlyant)
        XCTAssertEqual(refused.status, 403, refused.text)
        XCTAssertEqual(refused.jsonValue?["code"]?.stringValue, "AUTH-00016")
        XCTAssertEqual(refused.jsonValue?["missingRights"], [.string(Self.aMelding)])
        XCTAssertEqual(refused.jsonValue?["canEscalate"]?.boolValue, true)

        let escalated = try decide("escalate", id, party: S.tilfeldigSubtilApe, as: S.sindigBlyant)
        XCTAssertEqual(escalated.status, 200, escalated.text)
        XCTAssertEqual(escalated.jsonValue?["escalated"]?.boolValue, true)
        XCTAssertEqual(escalated.jsonValue?["redirectKind"]?.stringValue, "loggedOut")

        let list = try pending(party: S.tilfeldigSubtilApe, as: S.stadigKonsert)
        XCTAssertEqual(list.status, 200, list.text)
        let entry = try XCTUnwrap(list.jsonValue?.arrayValue?.first { $0["id"]?.stringValue == id }, list.text)
        XCTAssertEqual(entry["escalated"]?.boolValue, true)
        XCTAssertEqual(entry["escalatedBy"]?["pid"]?.stringValue, S.sindigBlyant.fodselsnummer)
        XCTAssertEqual(entry["userMayApprove"]?.boolValue, true)

        let approved = try decide("approve", id, party: S.tilfeldigSubtilApe, as: S.stadigKonsert)
        XCTAssertEqual(approved.status, 200, approved.text)
        XCTAssertEqual(approved.jsonValue?["redirectKind"]?.stringValue, "loggedOut")
        XCTAssertEqual(try vendorRead(id).jsonValue?["status"]?.stringValue, "Accepted")
        let after = try pending(party: S.tilfeldigSubtilApe, as: S.stadigKonsert)
        XCTAssertFalse(after.jsonValue?.arrayValue?.contains { $0["id"]?.stringValue == id } ?? true, after.text)
    }

    /// J17: user-driven creation, once; the same call again is refused by the key.
    func test_userDrivenCreation_succeedsOnce() throws {
        let system = try system
        let path = "/authentication/api/v1/systemuser/\(S.tilfeldigSubtilApe)/create"
        let body: JSONValue = ["systemId": .string(SystemScenario.standardSystem)]
        let created = try system.call(system.approval, .post, path, token: try system.token(S.stadigKonsert), body: body)
        XCTAssertEqual(created.status, 200, created.text)
        XCTAssertEqual(created.jsonValue?["rights"]?.arrayValue?.count, 3, created.text)
        XCTAssertEqual(created.jsonValue?["externalRef"]?.stringValue, S.tilfeldigSubtilApe)
        let again = try system.call(system.approval, .post, path, token: try system.token(S.stadigKonsert), body: body)
        XCTAssertEqual(again.status, 400, again.text)
        XCTAssertEqual(again.jsonValue?["code"]?.stringValue, "AUTH-00004")
    }

    /// J18 and J19: another vendor's request is rejected; that vendor cannot read SmartCloud's request.
    func test_rejectedRequest_makesNoSystemUser_andOtherVendorsCannotRead() throws {
        let system = try system
        let r4 = try createStandardRequest(vendor: S.annenLeverandor, system: SystemScenario.competitorSystem,
                                           party: S.diskretNaerTiger, externalRef: "konkurrent-dnt-1",
                                           resources: ["toll-tolldeklarasjon"])
        let id = try XCTUnwrap(r4["id"]?.stringValue)
        let rejected = try decide("reject", id, party: S.diskretNaerTiger, as: S.dressMinst)
        XCTAssertEqual(rejected.status, 200, rejected.text)
        XCTAssertEqual(rejected.jsonValue?["status"]?.stringValue, "Rejected")
        XCTAssertEqual(rejected.jsonValue?["redirectKind"]?.stringValue, "loggedOut")
        XCTAssertEqual(try vendorRead(id, vendor: S.annenLeverandor).jsonValue?["status"]?.stringValue, "Rejected")
        let user = try system.call(system.approval, .get, "/internal/systemusers/\(id)", token: system.platformToken)
        XCTAssertEqual(user.status, 404, user.text)

        let other = try createStandardRequest(party: S.diskretNaerTiger, externalRef: "smartcloud-dnt-j19",
                                              resources: [Self.krav])
        let crossVendor = try vendorRead(try XCTUnwrap(other["id"]?.stringValue), vendor: S.annenLeverandor)
        XCTAssertEqual(crossVendor.status, 403, crossVendor.text)
        XCTAssertEqual(crossVendor.jsonValue?["code"]?.stringValue, "AUTH-00103")
    }

    /// J20: a person with some access but no access-manager package may not approve, but may escalate.
    func test_personWithoutAccessManagement_isRefusedButMayEscalate() throws {
        let request = try createStandardRequest(party: S.diskretNaerTiger, externalRef: "smartcloud-dnt-j20",
                                                resources: [Self.krav])
        let id = try XCTUnwrap(request["id"]?.stringValue)
        let refused = try decide("approve", id, party: S.diskretNaerTiger, as: S.nysgjerrigPraktikant)
        XCTAssertEqual(refused.status, 403, refused.text)
        XCTAssertEqual(refused.jsonValue?["code"]?.stringValue, "AUTH-00066")
        XCTAssertEqual(refused.jsonValue?["canEscalate"]?.boolValue, true)
        XCTAssertEqual(try vendorRead(id).jsonValue?["status"]?.stringValue, "New")
    }
}
