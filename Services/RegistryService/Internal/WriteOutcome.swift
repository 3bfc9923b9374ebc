import HTTPServer

/// What a committed internal write answers (§5.4): its status and body, the change it appended (nil
/// when it changed nothing) and the position to report.
struct WriteOutcome: Sendable {
    var status: Int
    var body: [UInt8]
    var changeId: Int64?
    var position: Int64
    var location: String?

    /// The response with `X-Registry-Changed`, `X-Registry-Position` and `Location` (201).
    func response() -> HTTPResponse {
        var response = HTTPResponse.json(body, status: status)
        response.headers.add("X-Registry-Changed", changeId == nil ? "false" : "true")
        response.headers.add(PositionHeader.name, String(changeId ?? position))
        if let location { response.headers.add("Location", location) }
        return response
    }
}
