import Domain
import Foundation
import HTTPServer
import ServiceKit

/// Path and query parameter checks, every failure reported together in one 400 `STD-00000`.
struct PathParameters {
    private var failures = ValidationFailures()
    let context: RequestContext

    init(_ context: RequestContext) { self.context = context }

    /// An organisation number parameter, reported at `{name}`.
    mutating func organization(_ name: String, label: String? = nil) -> String {
        let value = context.parameters[name] ?? ""
        if !OrganizationNumber.isValid(value) {
            failures.add(.invalidOrganizationNumber(value, path: "{\(label ?? name)}"))
        }
        return value
    }

    /// A UUID parameter, in lower case.
    mutating func uuid(_ name: String, label: String? = nil) -> String {
        let value = context.parameters[name] ?? ""
        if !Self.isUUID(value) { failures.add(.invalidUUID(value, path: "{\(label ?? name)}")) }
        return value.lowercased()
    }

    mutating func add(_ failure: ValidationFailure) { failures.add(failure) }

    func check() throws { try failures.check() }

    static func isUUID(_ text: String) -> Bool { text.count == 36 && UUID(uuidString: text) != nil }
}
