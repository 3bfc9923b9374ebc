import CCrypto
import JSON

/// An RSA public key that verifies RS256 signatures (RSASSA-PKCS1-v1_5 with SHA-256, RFC 7518 §3.3).
public struct RSAPublicKey: Sendable {
    /// RFC 7518 §3.3: keys of 2048 bits or more. The upper bound keeps hostile JWKS files cheap.
    static let allowedBits = 2048...16384

    let key: EVPKey
    /// Unsigned big-endian modulus without leading zero bytes.
    public let modulus: [UInt8]
    /// Unsigned big-endian public exponent without leading zero bytes.
    public let exponent: [UInt8]

    /// Builds the key from the JWK members `n` and `e` (base64url, RFC 7518 §6.3.1).
    public init(jwkModulus n: String, exponent e: String) throws(CryptoError) {
        guard let modulus = Base64URL.decode(n), let exponent = Base64URL.decode(e) else {
            throw .invalidKey("n or e is not base64url")
        }
        try self.init(modulus: modulus, exponent: exponent)
    }

    public init(modulus: [UInt8], exponent: [UInt8]) throws(CryptoError) {
        let modulus = Array(modulus.drop { $0 == 0 })
        let exponent = Array(exponent.drop { $0 == 0 })
        guard let lastExponentByte = exponent.last, lastExponentByte & 1 == 1, exponent != [1] else {
            throw .invalidKey("the exponent must be odd and greater than 1")
        }
        guard Self.allowedBits.contains(modulus.count * 8), exponent.count <= modulus.count else {
            throw .invalidKey("the modulus must have 2048 to 16384 bits")
        }
        self.key = try Self.makeKey(modulus: modulus, exponent: exponent)
        self.modulus = modulus
        self.exponent = exponent
    }

    /// Wraps a key OpenSSL already holds (the public half of a private key).
    init(publicHalfOf key: EVPKey) throws(CryptoError) {
        guard let modulus = key.bigNumberParameter("n"), let exponent = key.bigNumberParameter("e") else {
            throw .invalidKey("the key has no RSA modulus or exponent")
        }
        try self.init(modulus: modulus, exponent: exponent)
    }

    public var jwkModulus: String { Base64URL.encode(modulus) }
    public var jwkExponent: String { Base64URL.encode(exponent) }

    /// The RFC 7638 JWK thumbprint: base64url(SHA-256) of the required members in lexicographic
    /// order with no whitespace. Used as the key's `kid`, so a holder of only the PEM derives the same id.
    public var thumbprint: String {
        let canonical = #"{"e":"\#(jwkExponent)","kty":"RSA","n":"\#(jwkModulus)"}"#
        return Base64URL.encode(SHA256Digest.hash(Array(canonical.utf8)))
    }

    /// The public JWK as published in a JWKS: `kty`, `n`, `e`, `alg`, `use`, `kid` (the thumbprint by default).
    public func jwk(kid: String? = nil) -> JSONValue {
        [
            "kty": "RSA",
            "n": .string(jwkModulus),
            "e": .string(jwkExponent),
            "alg": "RS256",
            "use": "sig",
            "kid": .string(kid ?? thumbprint),
        ]
    }

    /// The SubjectPublicKeyInfo PEM ("BEGIN PUBLIC KEY").
    public func pem() throws(CryptoError) -> String {
        try key.pem { bio in PEM_write_bio_PUBKEY(bio, key.pointer) }
    }

    /// True when `signature` is a valid RS256 signature of `message` under this key.
    public func isValidSignature(_ signature: [UInt8], for message: [UInt8]) -> Bool {
        guard signature.count == modulus.count, let context = EVP_MD_CTX_new() else { return false }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestVerifyInit(context, nil, EVP_sha256(), nil, key.pointer) == 1 else {
            ERR_clear_error()
            return false
        }
        let result = EVP_DigestVerify(context, signature, signature.count, message, message.count)
        if result != 1 { ERR_clear_error() }
        return result == 1
    }

    private static func makeKey(modulus: [UInt8], exponent: [UInt8]) throws(CryptoError) -> EVPKey {
        guard let builder = OSSL_PARAM_BLD_new() else { throw .invalidKey("OSSL_PARAM_BLD_new failed") }
        defer { OSSL_PARAM_BLD_free(builder) }
        let n = BN_bin2bn(modulus, Int32(modulus.count), nil)
        let e = BN_bin2bn(exponent, Int32(exponent.count), nil)
        defer { BN_free(n); BN_free(e) }
        guard let n, let e,
              ccrypto_param_bld_push_rsa_public(builder, n, e) == 1,
              let parameters = OSSL_PARAM_BLD_to_param(builder) else {
            throw .invalidKey(CryptoError.openSSLReason("cannot build RSA parameters"))
        }
        defer { OSSL_PARAM_free(parameters) }
        guard let context = EVP_PKEY_CTX_new_from_name(nil, "RSA", nil) else {
            throw .invalidKey(CryptoError.openSSLReason("EVP_PKEY_CTX_new_from_name failed"))
        }
        defer { EVP_PKEY_CTX_free(context) }
        var pkey: OpaquePointer?
        guard EVP_PKEY_fromdata_init(context) == 1,
              EVP_PKEY_fromdata(context, &pkey, ccrypto_selection_public_key(), parameters) == 1,
              let pkey else {
            throw .invalidKey(CryptoError.openSSLReason("EVP_PKEY_fromdata failed"))
        }
        return EVPKey(taking: pkey)
    }
}
