import CCrypto

/// A failure in key handling or signing. `reason` carries OpenSSL's own error text where it has one.
public enum CryptoError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidKey(String)
    case invalidPEM(String)
    case keyGenerationFailed(String)
    case signingFailed(String)
    case exportFailed(String)
    case keyFileUnreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalidKey(let reason): return "invalid RSA key: \(reason)"
        case .invalidPEM(let reason): return "unreadable PEM private key: \(reason)"
        case .keyGenerationFailed(let reason): return "RSA key generation failed: \(reason)"
        case .signingFailed(let reason): return "RS256 signing failed: \(reason)"
        case .exportFailed(let reason): return "key export failed: \(reason)"
        case .keyFileUnreadable(let path, let reason): return "cannot read key file \(path): \(reason)"
        }
    }

    /// Drains OpenSSL's thread-local error queue into one line, prefixed by `context`.
    static func openSSLReason(_ context: String) -> String {
        var messages: [String] = []
        while true {
            let code = ERR_get_error()
            if code == 0 { break }
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            messages.append(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return messages.isEmpty ? context : "\(context) (\(messages.joined(separator: "; ")))"
    }
}
