/// The answer of `POST /internal/requests/{id}/status` (`requests.md` §4.8).
enum StatusOutcome: Sendable, Equatable {
    case recorded(changed: Bool)
    /// 409 `AUTH-00013`, with the request's current status.
    case conflict(status: String)
}
