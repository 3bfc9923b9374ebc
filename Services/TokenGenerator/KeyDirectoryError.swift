/// Why the Token Generator has no usable signing key (exit status 1).
enum KeyDirectoryError: Error, Sendable, Equatable, CustomStringConvertible {
    case noKey(directory: String)
    case unreadableKey(path: String, reason: String)
    case writeFailed(path: String, reason: String)

    var description: String {
        switch self {
        case .noKey(let directory):
            return "no signing key in \(directory)/private.pem; create one with `TokenGenerator keygen --out \(directory)`"
        case .unreadableKey(let path, let reason):
            return "cannot use signing key \(path): \(reason)"
        case .writeFailed(let path, let reason):
            return "cannot write \(path): \(reason)"
        }
    }
}
