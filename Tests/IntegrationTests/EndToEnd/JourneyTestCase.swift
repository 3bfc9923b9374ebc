import Foundation
import HTTPClient
import JSON
import Scenario
import XCTest

/// Shared set-up of the end-to-end journeys (`scenario.md` §7): one running system per class, and the
/// vendor, approval and client-administration calls the journeys are made of.
class JourneyTestCase: XCTestCase {
    typealias S = RegistryScenario
    nonisolated(unsafe) static var systems: [ObjectIdentifier: SystemUnderTest] = [:]
    nonisolated(unsafe) static var failures: [ObjectIdentifier: String] = [:]

    static let requestBase = "/authentication/api/v1/systemuser/request"
    static let clientsBase = "/authentication/api/v1/enduser/systemuser"
    static let krav = "ske-krav-og-betalinger"
    static let aMelding = "a-melding"
    static let packagePrefix = "urn:altinn:accesspackage:"

    /// Environment per executable for this class's system (for example a short request TTL).
    class var environment: [String: [String: String]] { [:] }

    override class func setUp() {
        super.setUp()
        do {
            systems[ObjectIdentifier(self)] = try SystemUnderTest(environment: environment)
        } catch {
            failures[ObjectIdentifier(self)] = "\(error)"
        }
    }

    override class func tearDown() {
        systems.removeValue(forKey: ObjectIdentifier(self))?.stop()
        super.tearDown()
    }

    var system: SystemUnderTest {
        get throws {
            if let system = Self.systems[ObjectIdentifier(type(of: self))] { return system }
            let failure = Self.failures[ObjectIdentifier(type(of: self))] ?? "?"
            throw SystemUnderTestError.didNotStart(failure)
        }
    }

    // MARK: vendor

    static func right(_ resource: String) -> JSONValue {
        ["resource": [["id": "urn:altinn:resource", "value": .string(resource)]]]
    }

    /// Creates a standard request and returns its JSON (asserting 201).
    func createStandardRequest(vendor: String = S.smartCloud, system systemId: String = SystemScenario.standardSystem,
                               party: String, externalRef: String, resources: [String], redirectUrl: String? = nil,
                               file: StaticString = #filePath, line: UInt = #line) throws -> JSONValue {
        var body: [(String, JSONValue)] = [
            ("externalRef", .string(externalRef)), ("systemId", .string(systemId)), ("partyOrgNo", .string(party)),
            ("rights", .array(resources.map(Self.right))),
        ]
        if let redirectUrl { body.append(("redirectUrl", .string(redirectUrl))) }
        let response = try system.call(system.requests, .post, Self.requestBase + "/vendor",
                                       token: try system.vendorToken(vendor), body: .object(body))
        XCTAssertEqual(response.status, 201, response.text, file: file, line: line)
        return try XCTUnwrap(response.jsonValue, file: file, line: line)
    }

    func createAgentRequest(party: String, externalRef: String, packages: [String], redirectUrl: String? = nil,
                            file: StaticString = #filePath, line: UInt = #line) throws -> JSONValue {
        var body: [(String, JSONValue)] = [
            ("externalRef", .string(externalRef)), ("systemId", .string(SystemScenario.agentSystem)),
            ("partyOrgNo", .string(party)),
            ("accessPackages", .array(packages.map { ["urn": .string(Self.packagePrefix + $0)] })),
        ]
        if let redirectUrl { body.append(("redirectUrl", .string(redirectUrl))) }
        let response = try system.call(system.requests, .post, Self.requestBase + "/vendor/agent",
                                       token: try system.vendorToken(S.smartCloud), body: .object(body))
        XCTAssertEqual(response.status, 201, response.text, file: file, line: line)
        return try XCTUnwrap(response.jsonValue, file: file, line: line)
    }

    func vendorRead(_ id: String, agent: Bool = false, vendor: String = S.smartCloud) throws -> ClientResponse {
        try system.call(system.requests, .get, Self.requestBase + "/vendor/" + (agent ? "agent/" : "") + id,
                        token: try system.vendorToken(vendor))
    }

    // MARK: person decisions

    /// `approve`, `reject` or `escalate` on the standard or agent route.
    func decide(_ action: String, _ id: String, party: String, agent: Bool = false,
                as person: S.Person) throws -> ClientResponse {
        let path = Self.requestBase + (agent ? "/agent/" : "/") + "\(party)/\(id)/\(action)"
        return try system.call(system.approval, .post, path, token: try system.token(person))
    }

    func pending(party: String, as person: S.Person) throws -> ClientResponse {
        try system.call(system.approval, .get, Self.requestBase + "/\(party)/\(party)/pending",
                        token: try system.token(person))
    }

    // MARK: clients

    func clients(_ path: String, _ method: ClientRequest.Method = .get, as person: S.Person) throws -> ClientResponse {
        try system.call(system.delegation, method, Self.clientsBase + path, token: try system.token(person))
    }

    static func organisationNumbers(_ list: JSONValue?) -> [String] {
        (list?["data"]?.arrayValue ?? []).compactMap { $0["clientOrganizationNumber"]?.stringValue }
    }
}
