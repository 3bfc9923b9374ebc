import Foundation
import HTTPServer
import JSON
import ServiceKit

/// Reading JSON request bodies (`requests.md` §2), after `JSONBodyMediaType.require` (415): the parsed
/// value, or nil when the body is not JSON.
enum RequestBody {
    /// The body as JSON, or nil when it does not parse.
    static func parse(_ request: HTTPRequest) -> JSONValue? {
        try? JSONValue.parse(request.body)
    }
}
