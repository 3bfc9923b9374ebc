import Foundation
import HTTPServer

/// The fields of an `application/x-www-form-urlencoded` body (`approval.md` §9). A body of another type
/// has no fields, so its `csrf` is missing.
struct FormFields: Sendable {
    private let fields: QueryParameters

    init(_ request: HTTPRequest) {
        let type = request.headers["Content-Type"]?.split(separator: ";").first?
            .trimmingCharacters(in: .whitespaces).lowercased()
        guard type == "application/x-www-form-urlencoded" else {
            fields = QueryParameters(nil)
            return
        }
        fields = QueryParameters(String(decoding: request.body, as: UTF8.self))
    }

    /// The first value of `name`, trimmed; nil when absent or empty.
    subscript(name: String) -> String? {
        guard let value = fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }
}
