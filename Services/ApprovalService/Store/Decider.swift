import JSON

/// The person who decided (`decidedBy`, `escalatedBy`): fødselsnummer and `urn:altinn:userid`.
struct Decider: Sendable, Equatable {
    var pid: String
    var userId: Int64

    var json: JSONValue { .object([("pid", .string(pid)), ("userId", .int(userId))]) }
}
