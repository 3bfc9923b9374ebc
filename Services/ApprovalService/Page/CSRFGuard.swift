import Auth

/// The confirm form's `csrf` field (`approval.md` §9): base64url(HMAC-SHA256(secret, "<cookie>|<request id>")),
/// with a secret of 32 random bytes drawn at start-up, so a form rendered before a restart is refused after it.
struct CSRFGuard: Sendable {
    enum SetupError: Error, CustomStringConvertible {
        case noRandomness
        var description: String { "the CSRF secret could not be drawn from the random number generator" }
    }

    private let secret: [UInt8]

    init(secret: [UInt8]) { self.secret = secret }

    /// A guard with a fresh random secret.
    init() throws {
        guard let secret = HMACSHA256.randomBytes(32) else { throw SetupError.noRandomness }
        self.secret = secret
    }

    func token(cookie: String, requestId: String) -> String {
        Base64URL.encode(HMACSHA256.mac(key: secret, message: Array("\(cookie)|\(requestId)".utf8)))
    }

    /// Compares in constant time: every byte is looked at whatever the first difference.
    func isValid(_ candidate: String?, cookie: String, requestId: String) -> Bool {
        guard let candidate else { return false }
        let expected = Array(token(cookie: cookie, requestId: requestId).utf8)
        let given = Array(candidate.utf8)
        guard given.count == expected.count, !expected.isEmpty else { return false }
        var difference: UInt8 = 0
        for index in expected.indices { difference |= expected[index] ^ given[index] }
        return difference == 0
    }
}
