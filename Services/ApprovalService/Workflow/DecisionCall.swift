import HTTPClient
import ServiceKit

/// One person's call on a request: approve, reject or escalate (`approval.md` §4, §5).
struct DecisionCall: Sendable {
    var person: Decider
    var party: String
    var requestId: String
    /// The `.../request/agent/...` routes.
    var agentRoute: Bool
    var deadline: Deadline?

    var type: SystemUserType { agentRoute ? .agent : .standard }
    var actor: AuditActor { .person(pid: person.pid, userId: person.userId) }
}
