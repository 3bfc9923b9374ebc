import Auth
import HTTPServer
import ServiceKit

/// The person rule after the token's kind and scope (`approval.md` §2): `urn:altinn:authlevel` 3 or more,
/// else 403 `AUTH-00020`.
struct PersonAccess: Middleware {
    func handle(_ request: HTTPRequest, context: RequestContext,
                next: (HTTPRequest, RequestContext) throws -> HTTPResponse) throws -> HTTPResponse {
        guard case .user(let user)? = context.principal, user.authLevel >= 3 else {
            throw ApprovalProblems.problem("AUTH-00020", "The token's authentication level is below 3.")
        }
        return try next(request, context)
    }

    /// The calling person, once the middleware has passed.
    static func person(_ context: RequestContext) throws -> Decider {
        guard case .user(let user)? = context.principal else { throw ProblemDetails.internalError() }
        return Decider(pid: user.pid, userId: user.userId)
    }
}
