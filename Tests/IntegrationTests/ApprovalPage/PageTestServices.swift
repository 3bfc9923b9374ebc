import Foundation
import HTTPClient
import JSON
import XCTest

/// The services behind the approval page's integration tests, all sharing one `TOKEN_ISSUER`: a Token
/// Generator `serve` process (the demo login fetches person tokens from it), the Registry with the scenario,
/// the Request Service with the scenario's systems, the Client Delegation Service and the Approval Service
/// with `APPROVAL_DEMO_LOGIN=1`.
final class PageTestServices: @unchecked Sendable {
    let keys = TestKeys.shared
    let issuer: String
    let generator: ServiceProcess
    let registry: ServiceProcess
    let delegation: ServiceProcess
    let requests: ServiceProcess
    let approval: ServiceProcess

    init(approvalEnvironment: [String: String] = ["APPROVAL_DEMO_LOGIN": "1"]) throws {
        let port = try FreePort.next()
        issuer = "http://127.0.0.1:\(port)"
        generator = try ServiceProcess("TokenGenerator", keys: keys, arguments: ["serve"],
                                       environment: ["PORT": "\(port)", "TOKEN_ISSUER": issuer])
        let common = ["TOKEN_ISSUER": issuer]
        registry = try ServiceProcess("RegistryService", keys: keys, environment: common)
        let platform = try Self.fetch(issuer + "/api/GetPlatformToken?app=tests")
        try RegistryScenario.load(baseURL: registry.baseURL, token: platform)
        delegation = try ServiceProcess("ClientDelegationService", keys: keys,
                                        environment: common.merging(["REGISTRY_URL": registry.baseURL]) { $1 })
        // The Request Service asks the Approval Service for system users, so the port is chosen first.
        let approvalPort = try FreePort.next()
        requests = try ServiceProcess("RequestService", keys: keys, environment: common.merging([
            "REGISTRY_URL": registry.baseURL, "DELEGATION_URL": delegation.baseURL,
            "APPROVAL_URL": "http://127.0.0.1:\(approvalPort)",
        ]) { $1 })
        approval = try ServiceProcess("ApprovalService", keys: keys, environment: common.merging([
            "REGISTRY_URL": registry.baseURL, "REQUEST_URL": requests.baseURL, "DELEGATION_URL": delegation.baseURL,
            "LOGGED_OUT_URL": "http://portal.test/logged-out", "PORT": "\(approvalPort)",
        ]) { $1 }.merging(approvalEnvironment) { $1 })
        let issuer = self.issuer
        let tokens = ScenarioTokens(
            person: { person in
                try Self.fetch(issuer + "/api/GetPersonalToken?pid=\(person.fodselsnummer)&userId=\(person.userId)&scopes="
                    + (ScenarioTokens.personScopes.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
            },
            vendor: { orgnr in
                try Self.fetch(issuer + "/api/GetEnterpriseToken?org=\(orgnr)&scopes="
                    + (ScenarioTokens.vendorScopes.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
            })
        try SystemScenario.load(requestURL: requests.baseURL, tokens: tokens)
        try GrantScenario.load(delegationURL: delegation.baseURL, tokens: tokens)
    }

    /// A GET of the Token Generator that answers the bare JWT.
    static func fetch(_ url: String) throws -> String {
        let response = try TestHTTP.get(url)
        guard response.status == 200 else { throw ServiceProcessError.didNotStart(name: "TokenGenerator", stderr: response.text) }
        return response.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func personToken(pid: String, userId: Int? = nil, extra: String = "") throws -> String {
        try Self.fetch(issuer + "/api/GetPersonalToken?pid=\(pid)" + (userId.map { "&userId=\($0)" } ?? "") + extra)
    }

    var vendorToken: String {
        get throws {
            let scopes = ScenarioTokens.vendorScopes.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            return try Self.fetch(issuer + "/api/GetEnterpriseToken?org=315602122&scopes=" + scopes)
        }
    }

    /// A standard request by SmartCloud for DISKRET NÆR TIGER AS; returns its id.
    func createRequest(party: String = "310202398", redirect: String? = "https://smartcloud.example/receipt?kunde=page",
                       rights: [String] = ["ske-krav-og-betalinger"]) throws -> String {
        var body: [(String, JSONValue)] = [
            ("systemId", "315602122_smartcloud"), ("partyOrgNo", .string(party)),
            ("externalRef", .string("page-" + UUID().uuidString.lowercased())),
            ("rights", .array(rights.map { ["resource": [["id": "urn:altinn:resource", "value": .string($0)]]] })),
        ]
        if let redirect { body.append(("redirectUrl", .string(redirect))) }
        let response = try TestHTTP.send(.post, requests.baseURL + ApprovalTestServices.base + "/request/vendor",
                                         token: try vendorToken, headers: ["Content-Type": "application/json"],
                                         body: JSONValue.object(body).encoded())
        XCTAssertEqual(response.status, 201, response.text)
        return response.jsonValue?["id"]?.stringValue ?? ""
    }

    func stop() {
        for process in [approval, requests, delegation, registry, generator] { process.stop() }
    }
}
