import Foundation
import HTTPClient
import JSON
import Scenario
import XCTest

/// One running `RequestService` (with a `RegistryService` holding the scenario) for a test class.
final class SystemRegisterTestService: @unchecked Sendable {
    static let write = "altinn:authentication/systemregister.write"
    static let admin = "altinn:authentication/systemregister.admin"
    static let smartCloud = "315602122"
    static let konkurrent = "315602149"
    static let base = "/authentication/api/v1/systemregister"

    let registry: ServiceProcess
    let process: ServiceProcess
    let keys = TestKeys.shared
    let platformToken: String
    let smartCloudToken: String
    let konkurrentToken: String
    let adminToken: String
    let portalToken: String

    init() throws {
        registry = try ServiceProcess("RegistryService", keys: keys)
        platformToken = try keys.platformToken(app: "tests")
        try RegistryScenario.load(baseURL: registry.baseURL, token: platformToken)
        process = try ServiceProcess("RequestService", keys: keys, environment: ["REGISTRY_URL": registry.baseURL])
        smartCloudToken = try keys.token(["vendor", "--org", Self.smartCloud, "--scopes", Self.write,
                                          "--client-id", "smartcloud-client"])
        konkurrentToken = try keys.token(["vendor", "--org", Self.konkurrent, "--scopes", Self.write])
        adminToken = try keys.token(["vendor", "--org", "310202398", "--scopes", Self.admin])
        portalToken = try keys.token(["user", "--pid", "02056260016", "--auth-level", "3"])
    }

    func vendorToken(org: String, scopes: String) throws -> String {
        try keys.token(["vendor", "--org", org, "--scopes", scopes])
    }

    func send(_ method: ClientRequest.Method, _ path: String, token: String?, body: JSONValue? = nil,
              raw: [UInt8]? = nil, contentType: String? = "application/json") throws -> ClientResponse {
        try TestHTTP.send(method, process.baseURL + path, token: token, json: body, raw: raw, contentType: contentType)
    }

    func get(_ path: String, token: String?) throws -> ClientResponse { try send(.get, path, token: token) }

    func post(_ body: JSONValue, token: String) throws -> ClientResponse {
        try send(.post, Self.base + "/vendor", token: token, body: body)
    }

    /// A valid system body, changed by `edit`.
    static func system(_ id: String, vendor: String = smartCloud, clientIds: [String] = [],
                       edit: (inout [(String, JSONValue)]) -> Void = { _ in }) -> JSONValue {
        let text: JSONValue = ["nb": "Test", "nn": "Test", "en": "Test"]
        var members: [(String, JSONValue)] = [
            ("id", .string(id)),
            ("vendor", ["authority": "iso6523-actorid-upis", "ID": .string("0192:" + vendor)]),
            ("name", text), ("description", text),
            ("rights", [right("a-melding")]),
            ("accessPackages", []),
            ("clientId", JSONValue(clientIds)),
            ("allowedRedirectUrls", ["https://test.example/done"]),
            ("isVisible", true),
        ]
        edit(&members)
        return .object(members)
    }

    static func right(_ resource: String, id: String = "urn:altinn:resource") -> JSONValue {
        ["resource": [["id": .string(id), "value": .string(resource)]]]
    }

    static func package(_ code: String) -> JSONValue { ["urn": .string("urn:altinn:accesspackage:" + code)] }

    func stop() {
        process.stop()
        registry.stop()
    }
}

extension Array where Element == (String, JSONValue) {
    /// Replaces (or appends) the member `name`.
    mutating func set(_ name: String, _ value: JSONValue) {
        if let index = firstIndex(where: { $0.0 == name }) { self[index].1 = value } else { append((name, value)) }
    }
}

extension ClientResponse {
    /// `code path` of every validation error.
    var validationCodes: [String] {
        (jsonValue?["validationErrors"]?.arrayValue ?? []).map { item in
            let paths = item["paths"]?.arrayValue?.compactMap(\.stringValue).joined(separator: ",") ?? ""
            return "\(item["code"]?.stringValue ?? "?") \(paths)"
        }
    }

    var code: String? { jsonValue?["code"]?.stringValue }
}
