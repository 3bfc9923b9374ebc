/// The internal states of a system user (`approval.md` §3.1); never shown directly.
enum SystemUserState: String, Sendable {
    case creating, active, deleted
}
