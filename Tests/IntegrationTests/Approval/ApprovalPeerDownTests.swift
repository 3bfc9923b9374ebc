import Foundation
import XCTest

/// A peer that is down gives 503 and nothing half-written; after it is back, a retry gives exactly one user.
final class ApprovalPeerDownTests: ApprovalTestCase {
    func test_approve_answers503WithoutPartialState_whenDelegationIsDown() throws {
        let services = try services
        let id = try XCTUnwrap(try services.createRequest(party: "310202398", externalRef: "peer-down")["id"]?.stringValue)
        let port = services.delegation.port
        let directory = services.delegation.directory
        services.delegation.stop()
        let down = try services.decide("approve", party: "310202398", id: id, as: RegistryScenario.dressMinst)
        XCTAssertEqual(down.status, 503, down.text)
        XCTAssertEqual(down.code, "STD-00503")
        XCTAssertEqual(down.jsonValue?["peer"], "delegation")
        let none = try services.send(.get, services.approval.baseURL + "/internal/systemusers/\(id)",
                                     token: services.platformToken)
        XCTAssertEqual(none.status, 404)
        services.delegation = try ServiceProcess("ClientDelegationService", keys: services.keys,
                                                 environment: ["REGISTRY_URL": services.registry.baseURL, "PORT": "\(port)"],
                                                 directory: directory)
        let retry = try services.decide("approve", party: "310202398", id: id, as: RegistryScenario.dressMinst)
        XCTAssertEqual(retry.status, 200, retry.text)
        let reconcile = try services.send(.post, services.approval.baseURL + "/internal/reconcile", token: services.platformToken)
        XCTAssertEqual(reconcile.jsonValue?["pending"], 0)
    }
}
