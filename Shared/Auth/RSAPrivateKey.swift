import CCrypto

/// An RSA private key that signs RS256. Reads PKCS#8 ("BEGIN PRIVATE KEY") and PKCS#1
/// ("BEGIN RSA PRIVATE KEY") PEM, and writes PKCS#8.
public struct RSAPrivateKey: Sendable {
    let key: EVPKey
    public let publicKey: RSAPublicKey

    /// Reads an unencrypted PEM private key. Encrypted keys are refused rather than prompting for a password.
    public init(pem: String) throws(CryptoError) {
        let bytes = Array(pem.utf8)
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { throw .invalidPEM("empty input") }
        let pkey: OpaquePointer? = bytes.withUnsafeBytes { buffer in
            guard let bio = BIO_new_mem_buf(buffer.baseAddress, Int32(buffer.count)) else { return nil }
            defer { BIO_free(bio) }
            // A callback that supplies no password, so OpenSSL never falls back to reading the terminal.
            return PEM_read_bio_PrivateKey(bio, nil, { _, _, _, _ in 0 }, nil)
        }
        guard let pkey else { throw .invalidPEM(CryptoError.openSSLReason("no private key found")) }
        try self.init(key: EVPKey(taking: pkey))
    }

    init(key: EVPKey) throws(CryptoError) {
        guard key.isRSA else { throw .invalidKey("the key is not an RSA key") }
        self.key = key
        self.publicKey = try RSAPublicKey(publicHalfOf: key)
    }

    /// Generates a fresh key. 2048 bits takes tens to hundreds of milliseconds.
    public static func generate(bits: Int = 2048) throws(CryptoError) -> RSAPrivateKey {
        guard RSAPublicKey.allowedBits.contains(bits) else { throw .keyGenerationFailed("unsupported size \(bits)") }
        guard let context = EVP_PKEY_CTX_new_from_name(nil, "RSA", nil) else {
            throw .keyGenerationFailed(CryptoError.openSSLReason("EVP_PKEY_CTX_new_from_name failed"))
        }
        defer { EVP_PKEY_CTX_free(context) }
        var pkey: OpaquePointer?
        guard EVP_PKEY_keygen_init(context) == 1,
              ccrypto_rsa_keygen_bits(context, Int32(bits)) == 1,
              EVP_PKEY_keygen(context, &pkey) == 1,
              let pkey else {
            throw .keyGenerationFailed(CryptoError.openSSLReason("EVP_PKEY_keygen failed"))
        }
        return try RSAPrivateKey(key: EVPKey(taking: pkey))
    }

    /// The unencrypted PKCS#8 PEM ("BEGIN PRIVATE KEY").
    public func pkcs8PEM() throws(CryptoError) -> String {
        try key.pem { bio in PEM_write_bio_PrivateKey(bio, key.pointer, nil, nil, 0, nil, nil) }
    }

    /// The RS256 signature of `message`: RSASSA-PKCS1-v1_5 over its SHA-256 digest.
    public func sign(_ message: [UInt8]) throws(CryptoError) -> [UInt8] {
        guard let context = EVP_MD_CTX_new() else { throw .signingFailed("EVP_MD_CTX_new failed") }
        defer { EVP_MD_CTX_free(context) }
        var length = 0
        guard EVP_DigestSignInit(context, nil, EVP_sha256(), nil, key.pointer) == 1,
              EVP_DigestSign(context, nil, &length, message, message.count) == 1 else {
            throw .signingFailed(CryptoError.openSSLReason("EVP_DigestSignInit failed"))
        }
        var signature = [UInt8](repeating: 0, count: length)
        guard EVP_DigestSign(context, &signature, &length, message, message.count) == 1 else {
            throw .signingFailed(CryptoError.openSSLReason("EVP_DigestSign failed"))
        }
        return Array(signature.prefix(length))
    }
}
