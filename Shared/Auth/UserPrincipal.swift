/// The person behind a user token (ID-porten-like).
public struct UserPrincipal: Sendable, Equatable {
    public let pid: String
    public let userId: Int64
    public let authLevel: Int
    public let scopes: Set<String>

    public init(pid: String, userId: Int64, authLevel: Int, scopes: Set<String>) {
        self.pid = pid
        self.userId = userId
        self.authLevel = authLevel
        self.scopes = scopes
    }
}
