import HTTPServer

/// An internal read's answer, carrying in `X-Registry-Position` the position its body reports.
enum InternalAnswer {
    static func json(_ body: [UInt8], position: Int64) -> HTTPResponse {
        var response = HTTPResponse.json(body)
        response.headers.add(PositionHeader.name, String(position))
        return response
    }
}
