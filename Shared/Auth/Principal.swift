/// Who a verified token speaks for.
public enum Principal: Sendable, Equatable {
    case vendor(VendorPrincipal)
    case user(UserPrincipal)
    case platform(PlatformPrincipal)

    public var kind: TokenKind {
        switch self {
        case .vendor: return .vendor
        case .user: return .user
        case .platform: return .platform
        }
    }

    public var scopes: Set<String> {
        switch self {
        case .vendor(let vendor): return vendor.scopes
        case .user(let user): return user.scopes
        case .platform(let platform): return platform.scopes
        }
    }
}
