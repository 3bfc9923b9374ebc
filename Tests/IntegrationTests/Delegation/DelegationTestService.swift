import Foundation
import HTTPClient
import JSON
import Scenario
import XCTest

/// A Registry with the demo scenario, and a Client Delegation Service on it with the scenario's grants
/// (`scenario.md` §5) and agent system user R3 published, for one test class.
final class DelegationTestService: @unchecked Sendable {
    static let clientsBase = "/authentication/api/v1/enduser/systemuser"
    static let grants = "/accessmanagement/api/v1/enduser/connections/accesspackages"
    static let tut = "314250052"
    static let kvikk = "315710340"
    static let rolig = "315710359"
    static let modig = "315710367"
    static let dressMinst = "12838148288"
    static let lojalKompass = "05866927113"
    static let traustVekter = "19898836587"
    static let grundigTeller = "30818533124"
    static let raskSignatur = "11927748950"
    static let stadigKonsert = "27917413504"
    static let r3 = "605bb239-23b1-4d11-aae8-a40eb683aa1f"
    static let allScopes = "altinn:portal/enduser altinn:clientdelegations.read altinn:clientdelegations.write"

    let keys = TestKeys.shared
    private(set) var registry: ServiceProcess
    let service: ServiceProcess
    let platform: String
    private var personTokens: [String: String] = [:]

    init() throws {
        registry = try ServiceProcess("RegistryService", keys: keys)
        platform = try keys.platformToken(app: "approval")
        try RegistryScenario.load(baseURL: registry.baseURL, token: platform)
        service = try ServiceProcess("ClientDelegationService", keys: keys, environment: [
            "REGISTRY_URL": registry.baseURL, "DELEGATION_FEED_POLL_MS": "50", "DECISION_MAX_STALENESS_MS": "1000"])
        for person in [Self.dressMinst, Self.lojalKompass, Self.traustVekter, Self.grundigTeller, Self.raskSignatur,
                       Self.stadigKonsert] {
            personTokens[person] = try keys.token(["user", "--pid", person, "--scopes", Self.allScopes])
        }
        try loadGrants()
        try publish(id: Self.r3, owner: Self.tut, type: "agent",
                    packages: ["regnskapsforer-med-signeringsrettighet", "skattegrunnlag"])
    }

    func token(_ person: String) -> String { personTokens[person] ?? "" }

    /// `scenario.md` §5, through the grants API.
    private func loadGrants() throws {
        let rows: [(String, String, String, String)] = [
            (Self.tut, Self.dressMinst, "klientadministrator", Self.lojalKompass),
            (Self.tut, Self.dressMinst, "tilgangsstyrer", Self.lojalKompass),
            (Self.tut, Self.traustVekter, "tilgangsstyrer", Self.lojalKompass),
            (Self.tut, Self.grundigTeller, "klientadministrator", Self.lojalKompass),
            (Self.kvikk, Self.tut, "skattegrunnlag", Self.raskSignatur),
            (Self.rolig, Self.tut, "skattegrunnlag", Self.raskSignatur),
        ]
        for (from, to, package, granter) in rows {
            let response = try send(.post, Self.grants + "?party=\(from)&to=\(to)&package=\(package)", token: token(granter))
            guard response.status == 200 else { throw SetupError(text: "grant failed: \(response.status) \(response.text)") }
        }
    }

    struct SetupError: Error { let text: String }

    /// `PUT /internal/systemusers/{id}` as the Approval Service does.
    @discardableResult
    func publish(id: String, owner: String, type: String, packages: [String], rights: [String] = []) throws -> ClientResponse {
        let body: JSONValue = .object([
            ("id", .string(id)), ("integrationTitle", "Test"), ("systemId", "315602122_smartcloud_klient"),
            ("supplierOrgno", "315602122"), ("supplierName", "SMARTCLOUD AS"), ("reporteeOrgNo", .string(owner)),
            ("externalRef", .string(id)), ("userType", .string(type)),
            ("rights", .array(rights.map { ["resource": [["id": "urn:altinn:resource", "value": .string($0)]]] })),
            ("accessPackages", .array(packages.map { ["urn": .string("urn:altinn:accesspackage:" + $0)] })),
            ("created", "2026-11-23T10:00:00Z"),
        ])
        return try send(.put, "/internal/systemusers/\(id)", token: platform, body: body)
    }

    func send(_ method: ClientRequest.Method, _ path: String, token: String?, body: JSONValue? = nil) throws -> ClientResponse {
        try TestHTTP.send(method, service.baseURL + path, token: token, json: body)
    }

    func clients(_ method: ClientRequest.Method, _ sub: String, agent: String, client: String? = nil,
                 extra: String = "", as person: String = dressMinst) throws -> ClientResponse {
        var path = Self.clientsBase + "/" + sub + "?agent=" + agent
        if let client { path += "&client=" + client }
        return try send(method, path + extra, token: token(person))
    }

    func decide(_ subject: String, _ party: String, resource: String? = nil, package: String? = nil) throws -> JSONValue {
        var members: [(String, JSONValue)] = [("subject", .string(subject)), ("party", .string(party))]
        if let resource { members.append(("resource", .string(resource))) }
        if let package { members.append(("accessPackage", .string(package))) }
        let response = try send(.post, "/authorization/api/v1/decision", token: platform, body: .object(members))
        return response.jsonValue ?? .null
    }

    func reason(_ subject: String, _ party: String, resource: String) throws -> String {
        try decide(subject, party, resource: resource)["reason"]?["code"]?.stringValue ?? ""
    }

    /// A DAGL role held by a person, for `writeRoles`.
    static func dagl(_ person: String, _ fornavn: String, _ etternavn: String) -> JSONValue {
        ["type": "DAGL", "person": ["fodselsnummer": .string(person),
                                    "navn": ["fornavn": .string(fornavn), "etternavn": .string(etternavn)]]]
    }

    /// Writes a unit's roles in the Registry (its internal write endpoint).
    func writeRoles(_ unit: String, _ roles: JSONValue, registryURL: String? = nil) throws {
        let response = try TestHTTP.send(.put, (registryURL ?? registry.baseURL) + "/internal/enheter/\(unit)/roller",
                                         token: platform,
                                         headers: ["Content-Type": "application/json"],
                                         body: JSONValue.object([("roller", roles)]).encoded())
        guard response.status == 200 else { throw SetupError(text: "roles write: \(response.status) \(response.text)") }
    }

    /// Replaces the Registry on the same port with a new copy: a new database, so a new feed epoch whose
    /// log starts again at item 1. The copy is made first on a Registry of its own (the demo scenario, then
    /// `prepare` with that Registry's base URL), so the service never sees it half-loaded, as after an import.
    func replaceRegistry(preparing prepare: (String) throws -> Void) throws {
        let directory = try TemporaryDirectory.make(prefix: "RegistryCopy")
        let copy = try ServiceProcess("RegistryService", keys: keys, directory: directory)
        try RegistryScenario.load(baseURL: copy.baseURL, token: platform)
        try prepare(copy.baseURL)
        copy.stop()
        let port = registry.port
        registry.stop()
        registry = try ServiceProcess("RegistryService", keys: keys, environment: ["PORT": String(port)],
                                      directory: directory)
    }

    /// Asks until `body` is true or `timeout` passes.
    func eventually(timeout: TimeInterval = 2, _ body: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try body() { return true }
            usleep(50_000)
        }
        return try body()
    }

    /// The samples of one metric on the service's `/metrics`: each line's labels (as written) and value.
    func metricSamples(_ name: String) throws -> [(labels: Substring, value: Double)] {
        let text = try TestHTTP.get(service.baseURL + "/metrics").text
        return text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix(name + " ") || line.hasPrefix(name + "{"),
                  let value = line.split(separator: " ").last.flatMap({ Double($0) }) else { return nil }
            return (line.dropFirst(name.count).prefix { $0 != " " }, value)
        }
    }

    func auditActions() throws -> [String] {
        let response = try send(.get, "/internal/audit?limit=1000", token: platform)
        return (response.jsonValue?["items"]?.arrayValue ?? []).compactMap { $0["action"]?.stringValue }
    }

    func stop() {
        service.stop()
        registry.stop()
    }
}

extension JSONValue {
    /// `data[*].clientOrganizationNumber` of a client list.
    var clientNumbers: [String] {
        (self["data"]?.arrayValue ?? []).compactMap { $0["clientOrganizationNumber"]?.stringValue }
    }
}
