/// Why a request's token was refused. Maps to problem details without knowing HTTP types:
/// the HTTP layer reads `status`, `code`, `title`, `detail` and, for 403, the two extensions.
public enum AuthError: Error, Sendable, Equatable {
    /// 401 AUTH-00101: the token is missing, malformed, expired or not trusted.
    case invalidToken(detail: String)
    /// 401 AUTH-00023: a vendor token whose `consumer` does not name a valid organisation.
    case unresolvableVendor(detail: String)
    /// 403 AUTH-00102: a valid token of the wrong kind or without any of the required scopes.
    case forbidden(detail: String, requiredScopes: Set<String>, acceptedTokenKinds: Set<TokenKind>)

    public var status: Int {
        switch self {
        case .invalidToken, .unresolvableVendor: return 401
        case .forbidden: return 403
        }
    }

    public var code: String {
        switch self {
        case .invalidToken: return "AUTH-00101"
        case .unresolvableVendor: return "AUTH-00023"
        case .forbidden: return "AUTH-00102"
        }
    }

    /// The catalogue title for `code` (catalogue.md §6).
    public var title: String {
        switch self {
        case .invalidToken: return "The bearer token is missing, malformed, expired or not trusted."
        case .unresolvableVendor: return "Can't resolve the Organisation Number for the Vendor from the Token."
        case .forbidden: return "The token is of the wrong kind or lacks a required scope."
        }
    }

    public var detail: String {
        switch self {
        case .invalidToken(let detail), .unresolvableVendor(let detail), .forbidden(let detail, _, _):
            return detail
        }
    }

    /// `requiredScopes` for the 403 problem, sorted for stable output; empty for 401s.
    public var requiredScopes: [String] {
        if case .forbidden(_, let scopes, _) = self { return scopes.sorted() }
        return []
    }

    /// `acceptedTokenKinds` for the 403 problem, as raw values in vendor, user, platform order.
    public var acceptedTokenKinds: [String] {
        if case .forbidden(_, _, let kinds) = self { return kinds.sorted().map(\.rawValue) }
        return []
    }

    /// The `WWW-Authenticate` value a 401 carries (catalogue AUTH-00101); nil for 403.
    public var wwwAuthenticate: String? {
        status == 401 ? #"Bearer error="invalid_token""# : nil
    }
}
