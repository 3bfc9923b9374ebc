import Foundation
import XCTest

/// An expired request cannot be approved (`approval.md` §11).
final class ApprovalExpiryTests: ApprovalTestCase {
    override class var requestEnvironment: [String: String] { ["REQUEST_TTL_SECONDS": "2"] }

    func test_approve_answers409Timedout_whenRequestExpired() throws {
        let services = try services
        let id = try XCTUnwrap(try services.createRequest(party: "310202398", externalRef: "expiring")["id"]?.stringValue)
        Thread.sleep(forTimeInterval: 3)
        let approve = try services.decide("approve", party: "310202398", id: id, as: RegistryScenario.dressMinst)
        XCTAssertEqual(approve.status, 409)
        XCTAssertEqual(approve.jsonValue?["status"], "Timedout")
        let lookup = try services.send(.get, services.approval.baseURL
            + "/internal/systemusers/lookup?systemId=315602122_smartcloud&partyOrgNo=310202398&externalRef=expiring",
            token: services.platformToken)
        XCTAssertEqual(lookup.status, 404)
    }
}
