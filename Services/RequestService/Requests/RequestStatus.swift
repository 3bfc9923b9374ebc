/// The status of a system-user request (`requests.md` §4.3). `Timedout` is never stored: it is how a
/// stored `New` reads once `expires` has passed. `Denied` is reserved and never set.
enum RequestStatus: String, Sendable, CaseIterable {
    case new = "New"
    case accepted = "Accepted"
    case rejected = "Rejected"
    case timedOut = "Timedout"
    case denied = "Denied"
}
