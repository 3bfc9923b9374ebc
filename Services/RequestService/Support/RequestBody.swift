import Foundation
import HTTPServer
import JSON
import ServiceKit

/// Reading JSON request bodies (`requests.md` §2): 415 for another media type, then the parsed value,
/// or nil when the body is not JSON.
enum RequestBody {
    /// 415 `STD-00415` unless `Content-Type` is `application/json` (parameters allowed).
    static func requireJSON(_ request: HTTPRequest) throws {
        let mediaType = request.headers["Content-Type"]?
            .split(separator: ";", maxSplits: 1).first
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard mediaType == "application/json" else {
            throw ProblemDetails(status: 415, code: "STD-00415", title: "Unsupported media type.",
                                 detail: "The body must be application/json.")
        }
    }

    /// The body as JSON, or nil when it does not parse.
    static func parse(_ request: HTTPRequest) -> JSONValue? {
        try? JSONValue.parse(request.body)
    }
}
