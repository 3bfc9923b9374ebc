import HTTPServer

/// After the token check: a user token needs `urn:altinn:authlevel` ≥ 3, else 403 `AUTH-00020`
/// (`delegation.md` §3.1 step 1).
struct AuthenticationLevel: Middleware {
    func handle(_ request: HTTPRequest, context: RequestContext,
                next: (HTTPRequest, RequestContext) throws -> HTTPResponse) throws -> HTTPResponse {
        if case .user(let user)? = context.principal, user.authLevel < 3 {
            throw DelegationProblem.make("AUTH-00020", detail: "The token's authentication level is below 3.")
        }
        return try next(request, context)
    }
}
