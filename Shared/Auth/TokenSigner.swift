import Foundation
import JSON

/// Mints RS256 tokens of the three kinds (spec README §Tokens) with one private key.
/// Header: `{"alg":"RS256","typ":"JWT","kid":…}`; every token carries `iss`, `iat`, `nbf`, `exp`, `jti`.
public struct TokenSigner: Sendable {
    public static let defaultTTL = 1800

    public let privateKey: RSAPrivateKey
    public let kid: String
    public let issuer: String
    public let clock: @Sendable () -> Date

    /// `kid` defaults to the key's RFC 7638 thumbprint, as `keygen` writes it into the JWKS.
    public init(privateKey: RSAPrivateKey, issuer: String, kid: String? = nil,
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.privateKey = privateKey
        self.kid = kid ?? privateKey.publicKey.thumbprint
        self.issuer = issuer
        self.clock = clock
    }

    /// A vendor token: `consumer` names `org`; `client_id` is written only when given.
    public func vendor(org: String, scopes: [String], clientId: String? = nil,
                       ttl: Int = defaultTTL) throws(CryptoError) -> String {
        var claims: [(String, JSONValue)] = [
            ("consumer", ["authority": .string(Principal.consumerAuthority), "ID": .string(Principal.consumerPrefix + org)]),
            ("scope", .string(scopes.joined(separator: " "))),
        ]
        if let clientId { claims.append(("client_id", .string(clientId))) }
        return try sign(specificClaims: claims, ttl: ttl)
    }

    /// A user token. `userId` defaults to `TokenSigner.derivedUserId(forPid:)`.
    public func user(pid: String, userId: Int64? = nil, scopes: [String] = [AuthScope.portalEndUser],
                     authLevel: Int = 3, ttl: Int = defaultTTL) throws(CryptoError) -> String {
        try sign(specificClaims: [
            ("pid", .string(pid)),
            ("urn:altinn:userid", .int(userId ?? Self.derivedUserId(forPid: pid))),
            ("urn:altinn:authlevel", .int(Int64(authLevel))),
            ("scope", .string(scopes.joined(separator: " "))),
        ], ttl: ttl)
    }

    /// A platform token for service `app` with scope `altinn:platform/internal`.
    public func platform(app: String, ttl: Int = defaultTTL) throws(CryptoError) -> String {
        try sign(specificClaims: [
            ("urn:altinn:app", .string(app)),
            ("scope", .string(AuthScope.platformInternal)),
        ], ttl: ttl)
    }

    /// Adds the registered claims in front of `specificClaims` and signs the result.
    public func sign(specificClaims: [(String, JSONValue)], ttl: Int) throws(CryptoError) -> String {
        let now = Int64(clock().timeIntervalSince1970.rounded(.down))
        let registered: [(String, JSONValue)] = [
            ("iss", .string(issuer)),
            ("iat", .int(now)),
            ("nbf", .int(now)),
            ("exp", .int(now + Int64(ttl))),
            ("jti", .string(UUID().uuidString.lowercased())),
        ]
        return try sign(claims: .object(registered + specificClaims))
    }

    /// Signs an arbitrary claim set as is; tests use it to build tokens the verifier must refuse.
    public func sign(claims: JSONValue) throws(CryptoError) -> String {
        let header: JSONValue = ["alg": "RS256", "typ": "JWT", "kid": .string(kid)]
        let signingInput = Base64URL.encode(header.encoded()) + "." + Base64URL.encode(claims.encoded())
        let signature = try privateKey.sign(Array(signingInput.utf8))
        return signingInput + "." + Base64URL.encode(signature)
    }
}
