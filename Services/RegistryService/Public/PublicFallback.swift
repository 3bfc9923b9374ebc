import HTTPServer

/// Renders a request that matched no route: under `/enhetsregisteret/api` with the Enhetsregisteret
/// body (404, or 405 with `Allow: GET`, §3.9); everywhere else as problem+json.
enum PublicFallback {
    static let prefix = "/enhetsregisteret/api"

    static let fallback: Router.Fallback = { request, context, failure in
        guard isPublic(request.path) else { return Router.problemFallback(request, context, failure) }
        switch failure {
        case .notFound: return EnhetsregisteretError.notFound.response(for: request, context: context)
        case .methodNotAllowed: return EnhetsregisteretError.methodNotAllowed.response(for: request, context: context)
        }
    }

    static func isPublic(_ path: String) -> Bool {
        path == prefix || path.hasPrefix(prefix + "/")
    }
}
