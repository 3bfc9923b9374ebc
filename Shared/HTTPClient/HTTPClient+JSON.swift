import JSON

extension HTTPClient {
    /// GETs `url` and decodes a 2xx JSON answer; any other status throws `.unexpectedStatus`.
    public func get<T: Decodable>(
        _ url: String, as type: T.Type = T.self, headers: ClientHeaders = [:], deadline: Deadline? = nil
    ) throws(HTTPClientError) -> T {
        try send(jsonGet(url, headers: headers, deadline: deadline)).requireSuccess().decode(T.self)
    }

    /// GETs `url` and parses a 2xx JSON answer; any other status throws `.unexpectedStatus`.
    public func getJSON(
        _ url: String, headers: ClientHeaders = [:], deadline: Deadline? = nil
    ) throws(HTTPClientError) -> JSONValue {
        try send(jsonGet(url, headers: headers, deadline: deadline)).requireSuccess().json()
    }

    private func jsonGet(_ url: String, headers: ClientHeaders, deadline: Deadline?) -> ClientRequest {
        var request = ClientRequest(method: .get, url: url, headers: headers, deadline: deadline)
        if !request.headers.contains("Accept") { request.headers["Accept"] = "application/json" }
        return request
    }
}
