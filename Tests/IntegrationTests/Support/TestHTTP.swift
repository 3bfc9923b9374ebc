import Foundation
import HTTPClient
import JSON

/// A client for tests: one attempt, every status returned as a response.
enum TestHTTP {
    static let client = HTTPClient(peer: "test", configuration: {
        var configuration = HTTPClient.Configuration()
        configuration.maxAttempts = 1
        configuration.attemptTimeout = .seconds(10)
        return configuration
    }())

    static func send(_ method: ClientRequest.Method, _ url: String, token: String? = nil,
                     headers: ClientHeaders = [:], body: [UInt8] = []) throws -> ClientResponse {
        var request = ClientRequest(method: method, url: url, headers: headers, body: body)
        request.returnsServerErrors = true
        if let token { request.headers["Authorization"] = "Bearer \(token)" }
        return try client.send(request)
    }

    /// A call with a JSON body (`json`, or `raw` bytes), sent with `contentType` when there is a body.
    static func send(_ method: ClientRequest.Method, _ url: String, token: String?, json: JSONValue?,
                     raw: [UInt8]? = nil, contentType: String? = "application/json") throws -> ClientResponse {
        var headers: ClientHeaders = [:]
        if let contentType, json != nil || raw != nil { headers["Content-Type"] = contentType }
        return try send(method, url, token: token, headers: headers, body: raw ?? json?.encoded() ?? [])
    }

    static func get(_ url: String, token: String? = nil, headers: ClientHeaders = [:]) throws -> ClientResponse {
        try send(.get, url, token: token, headers: headers)
    }
}

extension ClientResponse {
    var text: String { String(decoding: body, as: UTF8.self) }
    var jsonValue: JSONValue? { try? JSONValue.parse(body) }
}
