import Auth
import HTTPServer
import ServiceKit

/// The portal rule after the token check (`requests.md` §2): a user token needs `altinn:portal/enduser`
/// (403 `AUTH-00102`) and authentication level 3 or more (403 `AUTH-00020`); a platform token needs
/// `altinn:platform/internal`.
struct PortalAccess: Middleware {
    static let kinds: Set<TokenKind> = [.user, .platform]
    static let scopes: Set<String> = [AuthScope.portalEndUser, AuthScope.platformInternal]

    func handle(_ request: HTTPRequest, context: RequestContext,
                next: (HTTPRequest, RequestContext) throws -> HTTPResponse) throws -> HTTPResponse {
        switch context.principal {
        case .user(let user)?:
            guard user.scopes.contains(AuthScope.portalEndUser) else { throw Self.forbidden }
            guard user.authLevel >= 3 else {
                throw ProblemDetails(status: 403, code: "AUTH-00020",
                                     title: "DelegationCheck failed with error: The service requires explicit authentication level and the reportee is missing this.",
                                     detail: "The token's authentication level is below 3.")
            }
        case .platform?:
            guard context.principal?.scopes.contains(AuthScope.platformInternal) == true else { throw Self.forbidden }
        default:
            break
        }
        return try next(request, context)
    }

    private static var forbidden: ProblemDetails {
        ProblemDetails(.forbidden(detail: "The token lacks the scope its kind needs here.",
                                  requiredScopes: scopes, acceptedTokenKinds: kinds))
    }
}
