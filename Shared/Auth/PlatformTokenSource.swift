import Foundation
import Synchronization

/// A service's own platform token for outgoing calls (spec README §Tokens): lifetime 5 minutes,
/// cached, and signed anew 30 s before it expires. Safe to call from any thread; the HTTP client
/// uses `token()` as its token provider.
public final class PlatformTokenSource: Sendable {
    private struct Cached {
        let token: String
        let expires: Date
    }

    public let app: String
    private let signer: TokenSigner
    private let lifetime: Int
    private let renewBefore: TimeInterval
    /// Signing happens under the lock, so concurrent callers at expiry sign once, not once each.
    private let cached = Mutex<Cached?>(nil)

    public init(signer: TokenSigner, app: String, lifetime: Int = 300, renewBefore: TimeInterval = 30) {
        self.signer = signer
        self.app = app
        self.lifetime = lifetime
        self.renewBefore = renewBefore
    }

    /// Reads the service's signing key (`PLATFORM_SIGNING_KEY`); `kid` is its thumbprint, as `keygen` writes it.
    public convenience init(privateKeyFile path: String, issuer: String, app: String) throws(CryptoError) {
        self.init(signer: TokenSigner(privateKey: try RSAPrivateKey(contentsOfFile: path), issuer: issuer), app: app)
    }

    public func token() throws(CryptoError) -> String {
        let now = signer.clock()
        return try cached.withLock { (cached: inout Cached?) throws(CryptoError) -> String in
            if let current = cached, now < current.expires.addingTimeInterval(-renewBefore) {
                return current.token
            }
            let token = try signer.platform(app: app, ttl: lifetime)
            cached = Cached(token: token, expires: now.addingTimeInterval(TimeInterval(lifetime)))
            return token
        }
    }
}
