import HTTPServer
import JSON
import ServiceKit

/// Step 4 of the internal order of checks (§5): `Content-Type` (415 `STD-00415`), then JSON syntax and
/// the top-level type (400 `STD.VLD-00005` at `/`).
enum JSONRequestBody {
    static func object(_ request: HTTPRequest) throws -> JSONValue {
        try JSONBodyMediaType.require(request)
        let value: JSONValue
        do {
            value = try JSONValue.parse(request.body)
        } catch {
            throw ProblemDetails.validation([.invalidJSON(path: "/", detail: "The body is not valid JSON: \(error).")])
        }
        guard case .object = value else {
            throw ProblemDetails.validation([.invalidJSON(path: "/", detail: "The body must be a JSON object.")])
        }
        return value
    }
}
