import Auth
import HTTPServer
import JSON

/// Verifies the bearer token and checks its kind and scopes, then puts the `Principal` in the context.
/// 401 `AUTH-00101`/`AUTH-00023` for a bad token; 403 `AUTH-00102` for the wrong kind or scope.
public struct TokenRequirement: Middleware {
    let verifier: TokenVerifier
    let acceptedKinds: Set<TokenKind>
    let anyOfScopes: Set<String>

    public init(verifier: TokenVerifier, acceptedKinds: Set<TokenKind>, anyOfScopes: Set<String> = []) {
        self.verifier = verifier
        self.acceptedKinds = acceptedKinds
        self.anyOfScopes = anyOfScopes
    }

    /// Platform tokens with `altinn:platform/internal`: the rule of every `/internal/...` path.
    public static func platform(_ verifier: TokenVerifier) -> TokenRequirement {
        TokenRequirement(verifier: verifier, acceptedKinds: [.platform], anyOfScopes: [AuthScope.platformInternal])
    }

    public func handle(_ request: HTTPRequest, context: RequestContext,
                       next: (HTTPRequest, RequestContext) throws -> HTTPResponse) throws -> HTTPResponse {
        do {
            let principal = try verifier.verify(authorizationHeader: request.headers["Authorization"])
            try principal.authorize(acceptedKinds: acceptedKinds, anyOfScopes: anyOfScopes)
            context[PrincipalKey.self] = principal
        } catch {
            throw ProblemDetails(error)
        }
        return try next(request, context)
    }
}

public enum PrincipalKey: RequestContextKey {
    public typealias Value = Principal
}

extension RequestContext {
    /// The principal that `TokenRequirement` verified for this request.
    public var principal: Principal? { self[PrincipalKey.self] }
}

extension ProblemDetails {
    public init(_ error: AuthError) {
        var extensions: [(String, JSONValue)] = []
        var headers = HTTPHeaders()
        if error.status == 403 {
            extensions = [("requiredScopes", JSONValue(error.requiredScopes)),
                          ("acceptedTokenKinds", JSONValue(error.acceptedTokenKinds))]
        }
        if let challenge = error.wwwAuthenticate { headers.add("WWW-Authenticate", challenge) }
        self.init(status: error.status, code: error.code, title: error.title, detail: error.detail,
                  extensions: extensions, headers: headers)
    }
}
