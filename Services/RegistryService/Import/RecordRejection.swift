import HTTPServer

/// Why one record is skipped (§6): a short English sentence naming the field.
struct RecordRejection: Error, Equatable, Sendable {
    let reason: String

    init(_ reason: String) { self.reason = reason }

    /// The reason from a §5.4 reader's validation failures (their details name the JSON pointer).
    init(_ problem: ProblemDetails) {
        reason = "invalid record: " + (problem.detail ?? problem.title)
    }

    static func missing(_ field: String) -> RecordRejection { RecordRejection("missing required field \(field)") }

    static func wrongType(_ field: String, _ expected: String) -> RecordRejection {
        RecordRejection("field \(field) must be \(expected)")
    }
}
