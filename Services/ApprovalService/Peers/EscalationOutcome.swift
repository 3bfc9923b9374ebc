/// The answer of `POST /internal/requests/{id}/escalate` (`requests.md` §4.8).
enum EscalationOutcome: Sendable, Equatable {
    case escalated(at: String, changed: Bool)
    /// 409 `AUTH-00013`, with the request's current status.
    case conflict(status: String)
}
