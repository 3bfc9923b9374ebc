import Auth
import HTTPServer
import ServiceKit

/// What the session cookie says about the caller (`approval.md` §9).
enum PageSession {
    /// No cookie, or one whose token is missing, invalid or expired (the 401 of §2).
    case none(cookieSent: Bool)
    /// A valid token that fails the later checks of §2: 403 `AUTH-00102` or `AUTH-00020`.
    case refused(ProblemDetails)
    case person(Decider, token: String)
}

/// Verifies the cookie's user token exactly like a bearer token on the person endpoints (§2).
struct SessionCheck: Sendable {
    let verify: @Sendable (String) throws -> Principal

    init(verifier: TokenVerifier?) {
        verify = { token in
            guard let verifier else { throw AuthError.invalidToken(detail: "No token verifier is configured.") }
            return try verifier.verify(token)
        }
    }

    init(verify: @escaping @Sendable (String) throws -> Principal) { self.verify = verify }

    func session(_ request: HTTPRequest) -> PageSession {
        guard let token = SessionCookie.value(in: request) else {
            return .none(cookieSent: !request.headers.values(for: "Cookie").filter { $0.contains(SessionCookie.name) }.isEmpty)
        }
        return session(token: token)
    }

    func session(token: String) -> PageSession {
        let principal: Principal
        do { principal = try verify(token) } catch { return .none(cookieSent: true) }
        do {
            try principal.authorize(acceptedKinds: [.user], anyOfScopes: [AuthScope.portalEndUser])
        } catch {
            return .refused(ProblemDetails(error))
        }
        guard case .user(let user) = principal, user.authLevel >= 3 else {
            return .refused(ApprovalProblems.problem("AUTH-00020", "The token's authentication level is below 3."))
        }
        return .person(Decider(pid: user.pid, userId: user.userId), token: token)
    }
}
