import Foundation
import HTTPClient
import JSON
import XCTest

/// The four real services for the Approval Service's integration tests: Registry (with the scenario),
/// Request Service (with the scenario's systems), Client Delegation Service (with the scenario's grants)
/// and Approval Service, wired to each other. The Approval Service's port is drawn before anything starts,
/// because the Request Service calls it too (the live-user check) and it keeps that port across restarts.
final class ApprovalTestServices: @unchecked Sendable {
    static let base = "/authentication/api/v1/systemuser"
    let keys = TestKeys.shared
    let registry: ServiceProcess
    let requests: ServiceProcess
    var delegation: ServiceProcess
    var approval: ServiceProcess
    let platformToken: String
    let smartCloudToken: String
    let approvalEnvironment: [String: String]
    let approvalPort: UInt16

    init(requestEnvironment: [String: String] = [:], approvalEnvironment: [String: String] = [:]) throws {
        registry = try ServiceProcess("RegistryService", keys: keys)
        platformToken = try keys.platformToken(app: "tests")
        try RegistryScenario.load(baseURL: registry.baseURL, token: platformToken)
        delegation = try ServiceProcess("ClientDelegationService", keys: keys, environment: ["REGISTRY_URL": registry.baseURL])
        approvalPort = try FreePort.next()
        requests = try ServiceProcess("RequestService", keys: keys, environment: requestEnvironment.merging([
            "REGISTRY_URL": registry.baseURL, "DELEGATION_URL": delegation.baseURL,
            "APPROVAL_URL": "http://127.0.0.1:\(approvalPort)",
        ]) { first, _ in first })
        self.approvalEnvironment = approvalEnvironment
        approval = try Self.startApproval(keys: keys, port: approvalPort, registry: registry, requests: requests,
                                          delegation: delegation, environment: approvalEnvironment)
        smartCloudToken = try keys.token(["vendor", "--org", "315602122", "--scopes", ScenarioTokens.vendorScopes,
                                          "--client-id", "smartcloud"])
        let tokens = ScenarioTokens.offline(keys)
        try GrantScenario.load(delegationURL: delegation.baseURL, tokens: tokens)
        try SystemScenario.load(requestURL: requests.baseURL, tokens: tokens)
    }

    static func startApproval(keys: TestKeys, port: UInt16, registry: ServiceProcess, requests: ServiceProcess,
                              delegation: ServiceProcess, environment: [String: String],
                              directory: URL? = nil) throws -> ServiceProcess {
        try ServiceProcess("ApprovalService", keys: keys, environment: environment.merging([
            "PORT": "\(port)", "REGISTRY_URL": registry.baseURL, "REQUEST_URL": requests.baseURL,
            "DELEGATION_URL": delegation.baseURL, "LOGGED_OUT_URL": "http://portal.test/logged-out",
        ]) { first, _ in first }, directory: directory)
    }

    /// Restarts the Approval Service on its own database and port with `environment`.
    func restartApproval(environment: [String: String]) throws {
        approval.stop()
        approval = try Self.startApproval(keys: keys, port: approvalPort, registry: registry, requests: requests,
                                          delegation: delegation, environment: environment,
                                          directory: approval.directory)
    }

    func personToken(_ person: RegistryScenario.Person) throws -> String {
        try ScenarioTokens.offline(keys).person(person)
    }

    func send(_ method: ClientRequest.Method, _ url: String, token: String?, body: JSONValue? = nil) throws -> ClientResponse {
        try TestHTTP.send(method, url, token: token, json: body)
    }

    /// A vendor request; returns its JSON (201).
    func createRequest(party: String, externalRef: String, rights: [String] = ["ske-krav-og-betalinger"],
                       packages: [String] = [], agent: Bool = false, redirect: String? = nil,
                       system: String = "315602122_smartcloud") throws -> JSONValue {
        var body: [(String, JSONValue)] = [("systemId", .string(system)), ("partyOrgNo", .string(party)),
                                           ("externalRef", .string(externalRef)),
                                           ("accessPackages", .array(packages.map { ["urn": .string("urn:altinn:accesspackage:" + $0)] }))]
        if !agent { body.append(("rights", .array(rights.map { ["resource": [["id": "urn:altinn:resource", "value": .string($0)]]] }))) }
        if let redirect { body.append(("redirectUrl", .string(redirect))) }
        let response = try send(.post, requests.baseURL + Self.base + "/request/vendor" + (agent ? "/agent" : ""),
                                token: smartCloudToken, body: .object(body))
        XCTAssertEqual(response.status, 201, response.text)
        return response.jsonValue ?? .null
    }

    /// `POST .../request[/agent]/{party}/{id}/{action}` as `person`.
    func decide(_ action: String, party: String, id: String, as person: RegistryScenario.Person, agent: Bool = false) throws -> ClientResponse {
        let path = Self.base + "/request" + (agent ? "/agent" : "") + "/\(party)/\(id)/\(action)"
        return try send(.post, approval.baseURL + path, token: try personToken(person))
    }

    func stop() {
        approval.stop()
        requests.stop()
        delegation.stop()
        registry.stop()
    }
}
