import Foundation
import HTTPServer
import JSON
import ServiceKit

/// The body of user-driven creation (`approval.md` §6.2), every failure collected.
struct CreationBody: Sendable, Equatable {
    var systemId: String
    /// Nil when absent, null or empty: the system's `name.nb`.
    var integrationTitle: String?

    init(systemId: String, integrationTitle: String? = nil) {
        self.systemId = systemId
        self.integrationTitle = integrationTitle
    }

    /// Property names case-insensitively, strings trimmed, `null` as absent.
    init(json: JSONValue?) throws {
        var failures = ValidationFailures()
        guard let members = json?.objectValue else {
            throw ProblemDetails.validation([.invalidJSON(path: "/", detail: "The body must be a JSON object.")])
        }
        func member(_ name: String) -> JSONValue? {
            members.last { $0.0.lowercased() == name.lowercased() }.map(\.1).nonNull
        }
        systemId = ""
        switch member("systemId") {
        case nil: failures.add(.missing(path: "/systemId"))
        case .string(let text)?:
            systemId = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if systemId.isEmpty { failures.add(.missing(path: "/systemId")) }
            if systemId.count > 255 { failures.add(.tooLong(path: "/systemId", maximum: 255)) }
        default: failures.add(.invalidJSON(path: "/systemId", detail: "systemId must be a string."))
        }
        switch member("integrationTitle") {
        case nil: integrationTitle = nil
        case .string(let text)?:
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            integrationTitle = trimmed.isEmpty ? nil : trimmed
            if trimmed.count > 255 { failures.add(.tooLong(path: "/integrationTitle", maximum: 255)) }
        default:
            integrationTitle = nil
            failures.add(.invalidJSON(path: "/integrationTitle", detail: "integrationTitle must be a string."))
        }
        try failures.check()
    }
}
