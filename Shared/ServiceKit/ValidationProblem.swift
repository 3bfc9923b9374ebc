import HTTPServer
import JSON

/// One element of `validationErrors` (`catalogue.md` §6): `code`, `title`, `detail`, `paths`, plus
/// extension members naming the offending values.
public struct ValidationFailure: Sendable {
    public var code: String
    public var title: String
    public var detail: String
    public var paths: [String]
    public var extensions: [(String, JSONValue)]

    public init(code: String, title: String, detail: String, paths: [String],
                extensions: [(String, JSONValue)] = []) {
        self.code = code
        self.title = title
        self.detail = detail
        self.paths = paths
        self.extensions = extensions
    }

    var json: JSONValue {
        .object([("code", .string(code)), ("title", .string(title)), ("detail", .string(detail)),
                 ("paths", JSONValue(paths))] + extensions)
    }
}

extension ValidationFailure {
    /// The shared `STD.VLD-0000n` codes (`catalogue.md` §6.3).
    public static func invalidOrganizationNumber(_ value: String, path: String) -> ValidationFailure {
        ValidationFailure(code: "STD.VLD-00001",
                          title: "Invalid organisation number (9 digits with a valid MOD11 check digit).",
                          detail: "'\(value)' is not a valid organisation number.", paths: [path])
    }

    public static func invalidPersonIdentifier(path: String) -> ValidationFailure {
        ValidationFailure(code: "STD.VLD-00002",
                          title: "Invalid fødselsnummer or D-number (11 digits with valid check digits).",
                          detail: "The value is not a valid fødselsnummer or D-number.", paths: [path])
    }

    public static func invalidUUID(_ value: String, path: String) -> ValidationFailure {
        ValidationFailure(code: "STD.VLD-00003", title: "Invalid UUID.",
                          detail: "'\(value)' is not a UUID.", paths: [path])
    }

    public static func missing(path: String) -> ValidationFailure {
        ValidationFailure(code: "STD.VLD-00004", title: "A required field or parameter is missing.",
                          detail: "\(path) is required.", paths: [path])
    }

    public static func invalidJSON(path: String, detail: String) -> ValidationFailure {
        ValidationFailure(code: "STD.VLD-00005",
                          title: "The body is not valid JSON, or a field has the wrong JSON type.",
                          detail: detail, paths: [path])
    }

    public static func invalidValue(path: String, detail: String) -> ValidationFailure {
        ValidationFailure(code: "STD.VLD-00006",
                          title: "A value is not one of the allowed values or has the wrong format.",
                          detail: detail, paths: [path])
    }

    public static func tooLong(path: String, maximum: Int) -> ValidationFailure {
        ValidationFailure(code: "STD.VLD-00008", title: "A value is too long.",
                          detail: "\(path) is longer than \(maximum) characters.", paths: [path])
    }
}

/// Collects every failure before answering (`spec/README.md` §Errors: list every failure, not the first).
public struct ValidationFailures: Sendable {
    public private(set) var failures: [ValidationFailure] = []

    public init() {}

    public mutating func add(_ failure: ValidationFailure) { failures.append(failure) }

    public var isEmpty: Bool { failures.isEmpty }

    /// Throws 400 `STD-00000` when anything failed.
    public func check() throws {
        guard !failures.isEmpty else { return }
        throw ProblemDetails.validation(failures)
    }
}

extension ProblemDetails {
    public static func validation(_ failures: [ValidationFailure]) -> ProblemDetails {
        ProblemDetails(status: 400, code: "STD-00000", title: "One or more validation errors occurred.",
                       detail: failures.map(\.detail).joined(separator: " "),
                       extensions: [("validationErrors", .array(failures.map(\.json)))])
    }
}
