import Foundation
import JSON

/// Verifies compact RS256 JWS tokens against a JWKS and turns them into principals
/// (spec README §Tokens). Every failure before classification is 401 AUTH-00101; a vendor token
/// without a resolvable organisation is 401 AUTH-00023.
public struct TokenVerifier: Sendable {
    /// Longer tokens are refused before any decoding; request headers are capped near this anyway.
    public static let maximumTokenLength = 16 * 1024

    public let jwks: JWKS
    public let issuer: String
    public let leeway: TimeInterval
    /// Principals of tokens already verified; nil verifies every token in full.
    public let cache: VerifiedTokenCache?
    private let clock: @Sendable () -> Date

    public init(jwks: JWKS, issuer: String, leeway: TimeInterval = 30,
                clock: @escaping @Sendable () -> Date = { Date() },
                cache: VerifiedTokenCache? = VerifiedTokenCache()) {
        self.jwks = jwks
        self.issuer = issuer
        self.leeway = leeway
        self.clock = clock
        self.cache = cache
    }

    /// Verifies `token` and classifies it by its claims. A token verified before answers from the
    /// cache after its `exp` and `nbf` are checked again against the clock, with the same errors.
    public func verify(_ token: String) throws(AuthError) -> Principal {
        guard let cache else { return try Principal(claims: verifiedClaims(token)) }
        if let entry = cache.entry(for: token) {
            do {
                try checkTimes(expiresAt: entry.expiresAt, notBefore: entry.notBefore)
            } catch {
                cache.remove(token)
                throw error
            }
            return entry.principal
        }
        let claims = try verifiedClaims(token)
        let principal = try Principal(claims: claims)
        if let exp = claims["exp"]?.doubleValue {
            cache.store(VerifiedTokenCache.Entry(principal: principal, expiresAt: exp,
                                                 notBefore: claims["nbf"]?.doubleValue), for: token)
        }
        return principal
    }

    /// Reads `Bearer <token>` (scheme case-insensitive, RFC 6750 §2.1); nil or another scheme is 401.
    public func verify(authorizationHeader: String?) throws(AuthError) -> Principal {
        guard let header = authorizationHeader else { throw .invalidToken(detail: "The bearer token is missing.") }
        if let token = Self.bearerTokenFast(header) { return try verify(token) }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw .invalidToken(detail: "The Authorization header must be 'Bearer <token>'.")
        }
        return try verify(Self.trimmingWhitespace(parts[1]))
    }

    /// The token of `Bearer <token>` when the header starts with the ASCII scheme and one space, as the
    /// general path below would read it; nil sends every other form down that path.
    static func bearerTokenFast(_ header: String) -> String? {
        let utf8 = header.utf8
        guard utf8.count > 7 else { return nil }
        var index = utf8.startIndex
        for expected in "bearer".utf8 {
            guard utf8[index] | 0x20 == expected else { return nil }
            index = utf8.index(after: index)
        }
        guard utf8[index] == UInt8(ascii: " ") else { return nil }
        return trimmingWhitespace(header[utf8.index(after: index)...])
    }

    /// `trimmingCharacters(in: .whitespaces)` without Foundation for ASCII text (the usual case):
    /// on Linux Foundation copies the string through UTF-16, which cost a fifth of a request.
    static func trimmingWhitespace(_ text: Substring) -> String {
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
            var start = 0
            var end = bytes.count
            while start < end, isBlank(bytes[start]) { start += 1 }
            while end > start, isBlank(bytes[end - 1]) { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        if let fast, let trimmed = fast { return trimmed }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// The claim set of a token whose signature, `exp`, `nbf` and `iss` all check out.
    public func verifiedClaims(_ token: String) throws(AuthError) -> JSONValue {
        guard token.utf8.count <= Self.maximumTokenLength else { throw .invalidToken(detail: "The token is too long.") }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else {
            throw .invalidToken(detail: "The token is not a compact JWS with three parts.")
        }
        let key = try signingKey(forHeader: decodeJSONPart(parts[0], name: "header"))
        let signingInput = Array("\(parts[0]).\(parts[1])".utf8)
        guard let signature = Base64URL.decode(parts[2]), key.isValidSignature(signature, for: signingInput) else {
            throw .invalidToken(detail: "The token signature is not valid.")
        }
        let claims = try decodeJSONPart(parts[1], name: "payload")
        try checkTimes(claims)
        guard claims["iss"]?.stringValue == issuer else {
            throw .invalidToken(detail: "The token issuer is not trusted.")
        }
        return claims
    }

    /// RFC 8725 §3.1: the algorithm is fixed to RS256 rather than taken from the token.
    private func signingKey(forHeader header: JSONValue) throws(AuthError) -> RSAPublicKey {
        guard header["alg"]?.stringValue == "RS256" else {
            throw .invalidToken(detail: "The token algorithm must be RS256.")
        }
        guard header["crit"] == nil else {
            throw .invalidToken(detail: "The token header has critical extensions this service does not understand.")
        }
        guard let kid = header["kid"]?.stringValue, !kid.isEmpty else {
            throw .invalidToken(detail: "The token header has no kid.")
        }
        guard let key = jwks.key(kid: kid) else {
            throw .invalidToken(detail: "The token's kid is not a trusted key.")
        }
        return key
    }

    private func checkTimes(_ claims: JSONValue) throws(AuthError) {
        guard let exp = claims["exp"]?.doubleValue else {
            throw .invalidToken(detail: "The token has no numeric exp claim.")
        }
        let now = clock().timeIntervalSince1970
        try checkExpiry(exp, now: now)
        if let nbfClaim = claims["nbf"] {
            guard let nbf = nbfClaim.doubleValue else {
                throw .invalidToken(detail: "The token's nbf claim is not a number.")
            }
            try checkNotBefore(nbf, now: now)
        }
    }

    /// The leeway rules, applied on a first verification and again on every cache hit.
    private func checkTimes(expiresAt exp: Double, notBefore nbf: Double?) throws(AuthError) {
        let now = clock().timeIntervalSince1970
        try checkExpiry(exp, now: now)
        if let nbf { try checkNotBefore(nbf, now: now) }
    }

    private func checkExpiry(_ exp: Double, now: TimeInterval) throws(AuthError) {
        guard now < exp + leeway else { throw .invalidToken(detail: "The token has expired.") }
    }

    private func checkNotBefore(_ nbf: Double, now: TimeInterval) throws(AuthError) {
        guard now + leeway >= nbf else { throw .invalidToken(detail: "The token is not valid yet.") }
    }

    private func decodeJSONPart(_ part: Substring, name: String) throws(AuthError) -> JSONValue {
        guard let bytes = Base64URL.decode(part),
              let value = try? JSONParser(maxDepth: 32).parse(bytes),
              value.objectValue != nil, value.firstDuplicateMemberName == nil else {
            throw .invalidToken(detail: "The token \(name) is not a base64url JSON object.")
        }
        return value
    }
}
