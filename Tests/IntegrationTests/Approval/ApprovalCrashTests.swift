import Foundation
import XCTest

/// The crash points of `approval.md` §4.5: a kill between commit steps, then a restart, gives exactly one
/// system user and `Accepted`.
final class ApprovalCrashTests: ApprovalTestCase {
    func test_killBetweenSteps_thenRestart_givesExactlyOneUser() throws {
        let services = try services
        for (index, point) in ["after-local-insert", "after-delegation-push", "after-request-accepted"].enumerated() {
            try services.restartApproval(environment: ["ALLOW_FAULT_INJECTION": "1", "APPROVAL_FAULT": point])
            let ref = "crash-\(index)"
            let id = try XCTUnwrap(try services.createRequest(party: "310202398", externalRef: ref)["id"]?.stringValue)
            _ = try? services.decide("approve", party: "310202398", id: id, as: RegistryScenario.dressMinst)
            XCTAssertEqual(services.approval.waitForExit(timeout: 5), 137, point)
            try services.restartApproval(environment: [:])
            let retry = try services.decide("approve", party: "310202398", id: id, as: RegistryScenario.dressMinst)
            XCTAssertTrue(retry.status == 200 || (retry.status == 409 && retry.jsonValue?["systemUserId"]?.stringValue == id),
                          "\(point): \(retry.text)")
            let user = try services.send(.get, services.approval.baseURL + "/internal/systemusers/\(id)",
                                         token: services.platformToken)
            XCTAssertEqual(user.jsonValue?["state"], "active", point)
            let lookup = try services.send(.get, services.approval.baseURL
                + "/internal/systemusers/lookup?systemId=315602122_smartcloud&partyOrgNo=310202398&externalRef=\(ref)",
                token: services.platformToken)
            XCTAssertEqual(lookup.jsonValue?["id"]?.stringValue, id, point)
            let vendorRead = try services.send(.get, services.requests.baseURL + ApprovalTestServices.base
                + "/request/vendor/\(id)", token: services.smartCloudToken)
            XCTAssertEqual(vendorRead.jsonValue?["status"], "Accepted", point)
        }
    }
}
