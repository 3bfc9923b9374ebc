import Domain
import JSON
import ServiceKit

/// `{"pid", "userId"}` of the person who decided or escalated a request (`requests.md` §4.8).
struct PersonReference: Sendable, Equatable {
    var pid: String
    var userId: Int64

    var json: JSONValue { .object([("pid", .string(pid)), ("userId", .int(userId))]) }

    var actor: AuditActor { .person(pid: pid, userId: userId) }

    /// Reads the stored form; nil for anything else.
    init?(stored value: JSONValue?) {
        guard let pid = value?["pid"]?.stringValue, let userId = value?["userId"]?.intValue else { return nil }
        self.init(pid: pid, userId: userId)
    }

    init(pid: String, userId: Int64) {
        self.pid = pid
        self.userId = userId
    }

    /// Validates a body member at `path` (`/decidedBy`, `/escalatedBy`), adding every failure.
    static func parse(_ value: JSONValue?, path: String, rank: Int, failures: inout RequestFailures) -> PersonReference? {
        guard let value else {
            failures.add(.missing(path: path), rank: rank)
            return nil
        }
        guard case .object = value else {
            failures.add(.invalidJSON(path: path, detail: "\(path) must be an object."), rank: rank)
            return nil
        }
        var pid: String?
        switch value["pid"] {
        case nil: failures.add(.missing(path: path + "/pid"), rank: rank)
        case .string(let text)? where PersonIdentifier.isValid(text): pid = text
        case .string?: failures.add(.invalidPersonIdentifier(path: path + "/pid"), rank: rank)
        case .some: failures.add(.invalidJSON(path: path + "/pid", detail: "pid must be a string."), rank: rank)
        }
        var userId: Int64?
        switch value["userid"] {
        case nil: failures.add(.missing(path: path + "/userId"), rank: rank)
        case .int(let number)? where number >= 0: userId = number
        case .int?: failures.add(.invalidValue(path: path + "/userId", detail: "userId must be ≥ 0."), rank: rank)
        case .some: failures.add(.invalidJSON(path: path + "/userId", detail: "userId must be an integer."), rank: rank)
        }
        guard let pid, let userId else { return nil }
        return PersonReference(pid: pid, userId: userId)
    }
}
