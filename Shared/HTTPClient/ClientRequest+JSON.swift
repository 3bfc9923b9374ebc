import JSON

extension ClientRequest {
    /// A request whose body is `body` encoded as JSON, asking for JSON back.
    public static func json(
        _ method: Method, url: String, body: JSONValue, headers: ClientHeaders = [:],
        deadline: Deadline? = nil, idempotent: Bool = false
    ) -> ClientRequest {
        var request = ClientRequest(
            method: method, url: url, headers: headers, body: body.encoded(), deadline: deadline, idempotent: idempotent)
        if !request.headers.contains("Content-Type") { request.headers["Content-Type"] = "application/json" }
        if !request.headers.contains("Accept") { request.headers["Accept"] = "application/json" }
        return request
    }
}
