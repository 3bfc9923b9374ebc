/// `userType` of a system user, and the route family of a request (`standard` or `agent`).
enum SystemUserType: String, Sendable {
    case standard, agent
}
