import Foundation
import JSON
import Scenario

/// The Request Service's peers besides the Registry, as the real executables: the Client Delegation
/// Service (`/internal/rights` for portal reads) and the Approval Service (the live-system-user lookup,
/// and approvals that create system users). The Request Service's own port is drawn first, because the
/// Approval Service calls it back.
final class RequestPeers: @unchecked Sendable {
    let delegation: ServiceProcess
    let approval: ServiceProcess
    /// The port the fixture's Request Service must listen on (the Approval Service's `REQUEST_URL`).
    let requestPort: UInt16
    var approvalURL: String { approval.baseURL }
    var delegationURL: String { delegation.baseURL }

    init(registryURL: String, keys: TestKeys) throws {
        requestPort = try FreePort.next()
        delegation = try ServiceProcess("ClientDelegationService", keys: keys, environment: ["REGISTRY_URL": registryURL])
        approval = try ServiceProcess("ApprovalService", keys: keys, environment: [
            "REGISTRY_URL": registryURL, "DELEGATION_URL": delegation.baseURL,
            "REQUEST_URL": "http://127.0.0.1:\(requestPort)",
        ])
    }

    /// Approves request `requestId` for `party` as `person` through the Approval Service (approval.md §4):
    /// afterwards a live system user with the request's key exists and the request is `Accepted`.
    func approve(requestId: String, party: String, as person: RegistryScenario.Person, keys: TestKeys) throws {
        let token = try keys.token(["user", "--pid", person.fodselsnummer, "--user-id", "\(person.userId)"])
        let response = try TestHTTP.send(
            .post, approval.baseURL + "/authentication/api/v1/systemuser/request/\(party)/\(requestId)/approve",
            token: token)
        guard response.status == 200 else { throw RequestPeersError.approvalFailed(response.status, response.text) }
    }

    func stop() {
        approval.stop()
        delegation.stop()
    }
}

enum RequestPeersError: Error {
    case approvalFailed(Int, String)
}
