import Auth
import Foundation
import HTTPClient
import JSON
import Scenario
import XCTest

/// One running `RequestService` for request tests: a `RegistryService` with the scenario, the real Approval
/// and Client Delegation services (`RequestPeers`), and the scenario's systems plus a few test systems.
final class RequestTestService: @unchecked Sendable {
    typealias S = SystemRegisterTestService
    static let requestWrite = "altinn:authentication/systemuser.request.write"
    static let requestRead = "altinn:authentication/systemuser.request.read"
    static let base = "/authentication/api/v1/systemuser/request"
    static let portalURL = "http://portal.test:8083"
    static let standardSystem = "315602122_smartcloud"
    static let agentSystem = "315602122_smartcloud_klient"
    static let konkurrentSystem = "315602149_konkurrent"
    /// Lists `konkursbo-tilgangsstyrer` (assignable, not delegable) beside a client package.
    static let konkursboSystem = "315602122_konkursbo"
    static let noRedirectSystem = "315602122_noredirect"
    static let deletedSystem = "315602122_deleted"
    static let customer = RegistryScenario.diskretNaerTiger

    let registry: ServiceProcess
    let peers: RequestPeers
    let process: ServiceProcess
    let keys = TestKeys.shared
    let platformToken: String
    let smartCloudToken: String
    let konkurrentToken: String
    let dressMinstToken: String
    private let counter = NSLock()
    private var next = 0

    init(environment: [String: String] = [:]) throws {
        registry = try ServiceProcess("RegistryService", keys: keys)
        platformToken = try keys.platformToken(app: "tests")
        try RegistryScenario.load(baseURL: registry.baseURL, token: platformToken)
        peers = try RequestPeers(registryURL: registry.baseURL, keys: keys)
        var env = ["REGISTRY_URL": registry.baseURL, "APPROVAL_URL": peers.approvalURL,
                   "DELEGATION_URL": peers.delegationURL, "PORTAL_URL": Self.portalURL, "PORT": "\(peers.requestPort)"]
        for (key, value) in environment { env[key] = value }
        process = try ServiceProcess("RequestService", keys: keys, environment: env)
        let scopes = Self.requestWrite + " " + Self.requestRead
        smartCloudToken = try keys.token(["vendor", "--org", S.smartCloud, "--scopes", scopes, "--client-id", "sc"])
        konkurrentToken = try keys.token(["vendor", "--org", S.konkurrent, "--scopes", scopes])
        dressMinstToken = try keys.token(["user", "--pid", RegistryScenario.dressMinst.fodselsnummer])
        try registerSystems()
    }

    func vendorToken(org: String = S.smartCloud, scopes: String) throws -> String {
        try keys.token(["vendor", "--org", org, "--scopes", scopes])
    }

    func userToken(pid: String, authLevel: Int = 3) throws -> String {
        try keys.token(["user", "--pid", pid, "--auth-level", String(authLevel)])
    }

    /// A vendor-kind token without `consumer` (401 `AUTH-00023`), signed with the trusted key.
    func tokenWithoutConsumer() throws -> String {
        let signer = TokenSigner(privateKey: try RSAPrivateKey(contentsOfFile: keys.privateKeyPath),
                                 issuer: "http://127.0.0.1:8085")
        return try signer.sign(specificClaims: [("scope", .string(Self.requestWrite + " " + Self.requestRead))], ttl: 600)
    }

    /// A fresh `externalRef`, so tests sharing one service never share a key.
    func uniqueRef(_ prefix: String = "ref") -> String {
        counter.lock()
        defer { counter.unlock() }
        next += 1
        return "\(prefix)-\(next)-\(UUID().uuidString.prefix(8))"
    }

    func send(_ method: ClientRequest.Method, _ path: String, token: String?, body: JSONValue? = nil,
              raw: [UInt8]? = nil, contentType: String? = "application/json") throws -> ClientResponse {
        try TestHTTP.send(method, process.baseURL + path, token: token, json: body, raw: raw, contentType: contentType)
    }

    func get(_ path: String, token: String?) throws -> ClientResponse { try send(.get, path, token: token) }

    /// `POST .../vendor` (or `.../vendor/agent`).
    func create(_ body: JSONValue, agent: Bool = false, token: String? = nil) throws -> ClientResponse {
        try send(.post, Self.base + (agent ? "/vendor/agent" : "/vendor"), token: token ?? smartCloudToken, body: body)
    }

    /// A standard request body on the SmartCloud system for the customer, changed by `edit`.
    static func standard(_ ref: String?, system: String = standardSystem, party: String = customer,
                         rights: [String]? = ["ske-krav-og-betalinger"], packages: [String]? = nil,
                         redirect: String? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [("systemId", .string(system)), ("partyOrgNo", .string(party))]
        if let ref { members.append(("externalRef", .string(ref))) }
        if let rights { members.append(("rights", .array(rights.map { S.right($0) }))) }
        if let packages { members.append(("accessPackages", .array(packages.map { S.package($0) }))) }
        if let redirect { members.append(("redirectUrl", .string(redirect))) }
        return .object(members)
    }

    /// An agent request body on the SmartCloud client system for TUT.
    static func agent(_ ref: String?, system: String = agentSystem, party: String = RegistryScenario.tut,
                      packages: [String]? = ["regnskapsforer-med-signeringsrettighet", "skattegrunnlag"]) -> JSONValue {
        standard(ref, system: system, party: party, rights: nil, packages: packages)
    }

    /// A created request's body; fails the test unless the answer is 201.
    func created(_ body: JSONValue, agent: Bool = false, file: StaticString = #filePath, line: UInt = #line) throws -> JSONValue {
        let response = try create(body, agent: agent)
        XCTAssertEqual(response.status, 201, response.text, file: file, line: line)
        return response.jsonValue ?? .null
    }

    func internalRecord(_ id: String) throws -> JSONValue? {
        try get("/internal/requests/\(id)", token: platformToken).jsonValue
    }

    /// Audit rows with `action` and `target`.
    func audit(action: String, target: String) throws -> [JSONValue] {
        let items = try get("/internal/audit?limit=1000", token: platformToken).jsonValue?["items"]?.arrayValue ?? []
        return items.filter { $0["action"]?.stringValue == action && $0["target"]?.stringValue == target }
    }

    func stop() {
        process.stop()
        peers.stop()
        registry.stop()
    }
}
