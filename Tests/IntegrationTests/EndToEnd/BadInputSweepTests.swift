import Foundation
import HTTPClient
import JSON
import Scenario
import XCTest

/// `README.md` §Errors across the whole system: every operation of every service's OpenAPI document, sent
/// malformed path parameters, query values, bodies, media types and tokens, answers without a server error,
/// and each 4xx is a JSON problem (the Registry's public API: its own JSON error body). The inputs come
/// from a seeded generator, so a failure repeats; its message names the request.
final class BadInputSweepTests: JourneyTestCase {
    private static let requestsPerOperation = 12

    func test_everyOperation_answersMalformedInput_withoutAServerError_andWithAJSONError() throws {
        let system = try system
        let tokens: [String?] = [nil, "garbage", "a.b.c", system.platformToken, try system.vendorToken(S.smartCloud),
                                 try system.token(S.dressMinst), try system.token(S.lojalKompass)]
        var random = SeededRandom(seed: 20_261_124)
        var failures: [String] = []
        var sent = 0
        for service in [system.registry, system.requests, system.approval, system.delegation] {
            let document = try XCTUnwrap(try system.call(service, .get, "/openapi.json", token: nil).jsonValue)
            for operation in OpenAPIOperation.all(in: document) {
                for _ in 0..<Self.requestsPerOperation {
                    let request = operation.malformedRequest(&random, tokens: tokens)
                    let response = try TestHTTP.send(request.method, service.baseURL + request.target,
                                                     headers: request.headers, body: request.body)
                    sent += 1
                    if let failure = Self.check(response, for: request) {
                        failures.append("\(service.name) \(request.method.rawValue) \(request.target.prefix(160)) "
                            + "body \(String(decoding: request.body.prefix(120), as: UTF8.self)): \(failure)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(sent, 500, "the OpenAPI documents should list the services' operations")
        XCTAssertEqual(failures.count, 0, failures.prefix(10).joined(separator: "\n"))
    }

    /// Why the answer breaks the error rules, or nil.
    private static func check(_ response: ClientResponse, for request: MalformedRequest) -> String? {
        if response.status >= 500, response.status != 503, response.status != 504 {
            return "\(response.status) \(String(decoding: response.body.prefix(300), as: UTF8.self))"
        }
        guard (400..<500).contains(response.status), !request.target.hasPrefix("/accessmanagement/ui") else { return nil }
        let contentType = response.headers["Content-Type"] ?? ""
        let isPublicRegistry = request.target.hasPrefix("/enhetsregisteret/api") && response.status != 413
        let expected = isPublicRegistry ? "application/json" : "application/problem+json"
        guard contentType.hasPrefix(expected) else { return "\(response.status) with Content-Type \(contentType)" }
        guard (try? JSONValue.parse(response.body)) != nil else { return "\(response.status) with a body that is not JSON" }
        return nil
    }
}

/// One request the sweep sends.
private struct MalformedRequest {
    let method: ClientRequest.Method
    let target: String
    let headers: ClientHeaders
    let body: [UInt8]
}

/// An operation of an OpenAPI 3.1 document: its path template, method, parameters and body member names.
private struct OpenAPIOperation {
    let method: ClientRequest.Method
    let path: String
    let pathParameters: [String]
    let queryParameters: [String]
    let bodyMembers: [String]?

    static func all(in document: JSONValue) -> [OpenAPIOperation] {
        var operations: [OpenAPIOperation] = []
        for (path, item) in document["paths"]?.objectValue ?? [] {
            for (name, operation) in item.objectValue ?? [] {
                guard let method = ClientRequest.Method(rawValue: name.uppercased()), method != .head else { continue }
                let parameters = ((operation["parameters"]?.arrayValue ?? []) + (item["parameters"]?.arrayValue ?? []))
                    .map { resolve($0, in: document) }
                let named = { (place: String) in
                    parameters.filter { $0["in"]?.stringValue == place }.compactMap { $0["name"]?.stringValue }
                }
                let schema = operation["requestBody"]?["content"]?["application/json"]?["schema"]
                operations.append(OpenAPIOperation(
                    method: method, path: path, pathParameters: named("path"), queryParameters: named("query"),
                    bodyMembers: schema.map { resolve($0, in: document)["properties"]?.objectValue?.map(\.0) ?? [] }))
            }
        }
        return operations
    }

    private static func resolve(_ value: JSONValue, in document: JSONValue) -> JSONValue {
        var value = value
        while let reference = value["$ref"]?.stringValue, reference.hasPrefix("#/") {
            var target: JSONValue? = document
            for part in reference.dropFirst(2).split(separator: "/") { target = target?[String(part)] }
            guard let target else { break }
            value = target
        }
        return value
    }

    static let texts = [
        "314250052", "315710340", "310202398", "310202399", "123456789", "000000000", "1", "", "-1", "0", "10000",
        "99999999999999999999", "1e9", "true", "null", "ø", "\u{2603}", "%00", "%ZZ", "%FF%FE", "../..", "a b",
        String(repeating: "x", count: 3000), "605bb239-23b1-4d11-aae8-a40eb683aa1f", "00000000-0000-0000-0000-000000000000",
        "not-a-uuid", "315602122_smartcloud_klient", "urn:altinn:accesspackage:skattegrunnlag", "ske-krav-og-betalinger",
        "12838148288", "2026-13-45", "AS", "REGN",
    ]
    static let memberNames = ["urn", "resource", "id", "value", "externalRef", "systemId", "partyOrgNo", "rights",
                              "accessPackages", "redirectUrl", "roller", "type", "person", "enhet"]
    static let contentTypes = ["application/json", "application/json; charset=utf-8", "text/plain",
                               "application/json;charset=latin1", "application/merge-patch+json"]
    static let accepts = ["application/vnd.brreg.enhetsregisteret.enhet.v2+json", "text/html", "*/*", "application/xml",
                          "garbage;;"]
    static let brokenBodies: [[UInt8]] = [Array("{".utf8), [0xFF, 0xFE, 0x00, 0x41], [],
                                          Array((String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)).utf8)]

    func malformedRequest(_ random: inout SeededRandom, tokens: [String?]) -> MalformedRequest {
        var target = path
        for name in pathParameters {
            target = target.replacingOccurrences(of: "{\(name)}", with: Self.percentEncoded(random.pick(Self.texts)))
        }
        var query = queryParameters.filter { _ in random.chance(0.7) }.map { ($0, random.pick(Self.texts)) }
        if random.chance(0.2) { query.append((random.pick(["page", "size", "navn", "after", "limit", "include"]), random.pick(Self.texts))) }
        if !query.isEmpty { target += "?" + query.map { "\($0.0)=\(Self.percentEncoded($0.1))" }.joined(separator: "&") }
        var headers: ClientHeaders = [:]
        if let token = random.pick(tokens) { headers["Authorization"] = "Bearer \(token)" }
        if random.chance(0.3) { headers["Accept"] = random.pick(Self.accepts) }
        var body: [UInt8] = []
        if let bodyMembers {
            body = random.chance(0.4) ? random.pick(Self.brokenBodies) : randomObject(bodyMembers, &random).encoded()
            headers["Content-Type"] = random.pick(Self.contentTypes)
        }
        return MalformedRequest(method: method, target: target, headers: headers, body: body)
    }

    private func randomObject(_ members: [String], _ random: inout SeededRandom) -> JSONValue {
        var object = members.filter { _ in random.chance(0.8) }.map { ($0, randomValue(&random, depth: 1)) }
        if random.chance(0.5) { object.append((random.pick(Self.memberNames), randomValue(&random, depth: 1))) }
        return .object(object)
    }

    private func randomValue(_ random: inout SeededRandom, depth: Int) -> JSONValue {
        switch random.below(depth < 3 ? 10 : 6) {
        case 0: return .null
        case 1: return .bool(random.chance(0.5))
        case 2: return random.pick([.int(0), .int(-1), .double(1.5), .int(Int64.max), .int(Int64.min), .double(1e308)])
        case 3, 4, 5: return .string(random.pick(Self.texts))
        case 6, 7: return .array((0..<random.below(4)).map { _ in randomValue(&random, depth: depth + 1) })
        default:
            return .object((0..<random.below(5)).map { _ in (random.pick(Self.memberNames), randomValue(&random, depth: depth + 1)) })
        }
    }

    /// Every byte but unreserved characters and `%` escaped, so both valid and broken escapes reach the server.
    private static func percentEncoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~%:")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

/// SplitMix64: the same sequence on every run, so a failing request can be sent again.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &self) }
    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }
    mutating func pick<Element>(_ elements: [Element]) -> Element { elements[below(elements.count)] }
}
