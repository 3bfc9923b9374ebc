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

    static func get(_ url: String, token: String? = nil, headers: ClientHeaders = [:]) throws -> ClientResponse {
        try send(.get, url, token: token, headers: headers)
    }
}

extension ClientResponse {
    var text: String { String(decoding: body, as: UTF8.self) }
    var jsonValue: JSONValue? { try? JSONValue.parse(body) }
}
