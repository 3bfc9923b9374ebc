import JSON

/// Who made a change (`spec/README.md` §Common rules, Audit).
public enum AuditActor: Sendable, Equatable {
    case vendor(organization: String, clientId: String?)
    case person(pid: String, userId: Int64)
    case platform(app: String)
    case `operator`(command: String)

    public var json: JSONValue {
        switch self {
        case let .vendor(organization, clientId):
            return .object([("kind", "vendor"), ("org", .string(organization)), ("clientId", JSONValue(clientId))])
        case let .person(pid, userId):
            return .object([("kind", "person"), ("pid", .string(pid)), ("userId", .int(userId))])
        case let .platform(app):
            return .object([("kind", "platform"), ("app", .string(app))])
        case let .operator(command):
            return .object([("kind", "operator"), ("command", .string(command))])
        }
    }
}

public enum AuditOutcome: String, Sendable {
    case ok, refused, failed
}
