import Auth
import HTTPServer

/// Steps 3 and 4 of the public order of checks (§2), after routing and the method: the
/// `Authorization` header if present (401), then `Accept` (406). Handlers then check parameters (400)
/// and do the lookup (404, 410).
struct PublicRequestCheck: Middleware {
    let family: PublicMediaType
    let verifier: TokenVerifier?

    func handle(_ request: HTTPRequest, context: RequestContext,
                next: (HTTPRequest, RequestContext) throws -> HTTPResponse) throws -> HTTPResponse {
        var reveals = false
        if let header = request.headers["Authorization"] {
            guard let verifier, let principal = try? verifier.verify(authorizationHeader: header) else {
                throw EnhetsregisteretError.invalidToken
            }
            if case .platform(let platform) = principal, platform.scopes.contains(AuthScope.platformInternal) {
                reveals = true
            }
        }
        guard let contentType = family.negotiate(request.headers.values(for: "Accept")) else {
            throw EnhetsregisteretError.notAcceptable
        }
        context[PublicCallerKey.self] = PublicCaller(contentType: contentType, revealsPersonIdentifiers: reveals)
        return try next(request, context)
    }
}
