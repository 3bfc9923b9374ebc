import HTTPClient
import JSON

/// One call of a scenario step: fails with the call, the status and the body unless the answer is one
/// of `accepted`.
enum ScenarioCall {
    static func send(_ client: HTTPClient, _ method: ClientRequest.Method, _ url: String, body: [UInt8] = [],
                     token: String, accepted: Set<Int> = [200, 201]) throws {
        var request = ClientRequest(method: method, url: url, headers: ["Authorization": "Bearer \(token)"], body: body)
        if !body.isEmpty { request.headers["Content-Type"] = "application/json" }
        request.returnsServerErrors = true
        let response = try client.send(request)
        guard accepted.contains(response.status) else {
            throw RegistryScenario.LoadError.unexpectedStatus(call: "\(method.rawValue) \(url)", status: response.status,
                                                              body: String(decoding: response.body, as: UTF8.self))
        }
    }
}
