import Foundation
import HTTPClient
import JSON
import XCTest

/// One running `RegistryService` for a test class, with the tokens Registry tests need and small
/// request helpers. Start it once per class (`override class func setUp`), not per test.
final class RegistryTestService: @unchecked Sendable {
    let process: ServiceProcess
    let platformToken: String
    let vendorToken: String

    var baseURL: String { process.baseURL }
    var api: String { "\(process.baseURL)/enhetsregisteret/api" }

    /// A platform token with its signature tampered with: 401 everywhere.
    var forgedToken: String {
        var token = platformToken
        let last = token.removeLast()
        token.append(last == "A" ? "B" : "A")
        return token
    }

    init(loadScenario: Bool, environment: [String: String] = [:]) throws {
        let keys = TestKeys.shared
        process = try ServiceProcess("RegistryService", keys: keys, environment: environment)
        platformToken = try keys.platformToken(app: "scenario-loader")
        vendorToken = try keys.token(["vendor", "--org", "315602122", "--scopes", "altinn:authentication/systemuser.read"])
        if loadScenario { try RegistryScenario.load(baseURL: process.baseURL, token: platformToken) }
    }

    func get(_ path: String, token: String? = nil, accept: String? = nil) throws -> ClientResponse {
        var headers: ClientHeaders = [:]
        if let accept { headers["Accept"] = accept }
        return try TestHTTP.get(baseURL + path, token: token, headers: headers)
    }

    /// An internal GET with the platform token.
    func internalGet(_ path: String) throws -> ClientResponse {
        try get(path, token: platformToken)
    }

    func put(_ path: String, _ body: JSONValue, token: String? = nil,
             contentType: String? = "application/json") throws -> ClientResponse {
        try put(path, raw: body.encoded(), token: token, contentType: contentType)
    }

    func put(_ path: String, raw: [UInt8], token: String? = nil,
             contentType: String? = "application/json") throws -> ClientResponse {
        var headers: ClientHeaders = [:]
        if let contentType { headers["Content-Type"] = contentType }
        return try TestHTTP.send(.put, baseURL + path, token: token ?? platformToken, headers: headers, body: raw)
    }

    func delete(_ path: String, token: String? = nil) throws -> ClientResponse {
        try TestHTTP.send(.delete, baseURL + path, token: token ?? platformToken)
    }

    /// The feed items after `after` (platform token).
    func feedItems(after: Int64 = 0) throws -> [JSONValue] {
        try internalGet("/internal/feed?after=\(after)&size=1000").jsonValue?["items"]?.arrayValue ?? []
    }

    /// `X-Registry-Position` of a response as a number.
    static func position(_ response: ClientResponse) -> Int64? {
        response.headers["X-Registry-Position"].flatMap { Int64($0) }
    }

    func stop() { process.stop() }
}

extension ClientResponse {
    /// `code path` of every validation error, for compact assertions.
    var validationErrors: [String] {
        (jsonValue?["validationErrors"]?.arrayValue ?? []).map { item in
            let paths = item["paths"]?.arrayValue?.compactMap(\.stringValue).joined(separator: ",") ?? ""
            return "\(item["code"]?.stringValue ?? "?") \(paths)"
        }
    }
}
