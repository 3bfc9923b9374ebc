/// The kind of a verified token, decided by its claims alone (spec README §Tokens).
public enum TokenKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case vendor
    case user
    case platform

    /// Vendor, user, platform: the order problem extensions list them in.
    public static func < (lhs: TokenKind, rhs: TokenKind) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .vendor: return 0
        case .user: return 1
        case .platform: return 2
        }
    }
}
