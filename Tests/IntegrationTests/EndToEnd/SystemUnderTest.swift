import Foundation
import HTTPClient
import JSON
import Scenario

/// The four services on loopback, wired to each other, with the whole demo scenario loaded through
/// their APIs (`scenario.md` §1 steps 1–5): what `./run demo` starts, for end-to-end tests.
final class SystemUnderTest: @unchecked Sendable {
    let keys = TestKeys.shared
    let registry: ServiceProcess
    let delegation: ServiceProcess
    let requests: ServiceProcess
    let approval: ServiceProcess
    let platformToken: String
    let tokens: ScenarioTokens

    /// - Parameter environment: extra variables per executable name (`"ApprovalService": [...]`).
    init(environment: [String: [String: String]] = [:]) throws {
        let keys = self.keys
        tokens = ScenarioTokens.offline(keys)
        platformToken = try keys.platformToken(app: "end-to-end")

        let ports = (requests: try FreePort.next(), approval: try FreePort.next())
        let requestURL = "http://127.0.0.1:\(ports.requests)"
        let approvalURL = "http://127.0.0.1:\(ports.approval)"
        registry = try ServiceProcess("RegistryService", keys: keys)
        try RegistryScenario.load(baseURL: registry.baseURL, token: platformToken)
        var peers = ["REGISTRY_URL": registry.baseURL, "REQUEST_URL": requestURL, "APPROVAL_URL": approvalURL,
                     "PORTAL_URL": approvalURL]
        delegation = try ServiceProcess("ClientDelegationService", keys: keys,
                                        environment: peers.merging(environment["ClientDelegationService"] ?? [:]) { $1 })
        peers["DELEGATION_URL"] = delegation.baseURL
        requests = try ServiceProcess("RequestService", keys: keys,
                                      environment: peers.merging(["PORT": "\(ports.requests)"]) { $1 }
                                          .merging(environment["RequestService"] ?? [:]) { $1 })
        approval = try ServiceProcess("ApprovalService", keys: keys,
                                      environment: peers.merging(["PORT": "\(ports.approval)"]) { $1 }
                                          .merging(environment["ApprovalService"] ?? [:]) { $1 })
        try GrantScenario.load(delegationURL: delegation.baseURL, tokens: tokens)
        try SystemScenario.load(requestURL: requests.baseURL, tokens: tokens)
    }

    func stop() {
        for service in [approval, requests, delegation, registry] { service.stop() }
    }

    // MARK: tokens of the actors (scenario.md §9)

    func token(_ person: RegistryScenario.Person) throws -> String { try tokens.person(person) }
    func vendorToken(_ orgnr: String) throws -> String { try tokens.vendor(orgnr) }

    // MARK: calls

    func call(_ service: ServiceProcess, _ method: ClientRequest.Method, _ path: String, token: String?,
              body: JSONValue? = nil) throws -> ClientResponse {
        try TestHTTP.send(method, service.baseURL + path, token: token, json: body)
    }

    /// `POST /authorization/api/v1/decision` with a platform token; returns `(decision, reason.code)`.
    func decide(subject: String, party: String, resource: String? = nil,
                accessPackage: String? = nil) throws -> (decision: String?, reason: String?, body: JSONValue?) {
        var body: [(String, JSONValue)] = [("subject", .string(subject)), ("party", .string(party))]
        if let resource { body.append(("resource", .string(resource))) }
        if let accessPackage { body.append(("accessPackage", .string(accessPackage))) }
        let response = try call(delegation, .post, "/authorization/api/v1/decision", token: platformToken,
                                body: .object(body))
        let json = response.jsonValue
        return (json?["decision"]?.stringValue, json?["reason"]?["code"]?.stringValue, json)
    }
}

enum SystemUnderTestError: Error, CustomStringConvertible {
    case didNotStart(String)

    var description: String {
        switch self {
        case .didNotStart(let reason): return "the system did not start: \(reason)"
        }
    }
}
