import Auth

/// A validated request for one token, ready to sign.
enum TokenRequest: Sendable, Equatable {
    case vendor(org: String, scopes: [String], clientId: String, ttl: Int)
    case user(pid: String, userId: Int64?, scopes: [String], authLevel: Int, ttl: Int)
    case platform(app: String, ttl: Int)

    func sign(with signer: TokenSigner) throws(TokenRequestError) -> String {
        do {
            switch self {
            case let .vendor(org, scopes, clientId, ttl):
                return try signer.vendor(org: org, scopes: scopes, clientId: clientId, ttl: ttl)
            case let .user(pid, userId, scopes, authLevel, ttl):
                return try signer.user(pid: pid, userId: userId, scopes: scopes, authLevel: authLevel, ttl: ttl)
            case let .platform(app, ttl):
                return try signer.platform(app: app, ttl: ttl)
            }
        } catch {
            throw .signingFailed(error.description)
        }
    }
}
