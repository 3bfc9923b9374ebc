/// Why a JWKS document could not be used.
public enum JWKSError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case malformed(String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "cannot read JWKS \(path): \(reason)"
        case .malformed(let reason): return "malformed JWKS: \(reason)"
        }
    }
}
