import CCrypto

/// SHA-256 through OpenSSL's one-shot EVP digest.
enum SHA256Digest {
    static func hash(_ bytes: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = bytes.withUnsafeBufferPointer { input in
            EVP_Digest(input.baseAddress, input.count, &digest, &length, EVP_sha256(), nil)
        }
        // EVP_Digest with SHA-256 fails only if OpenSSL cannot allocate; the all-zero digest then
        // matches nothing a real key produces.
        guard ok == 1 else { ERR_clear_error(); return [UInt8](repeating: 0, count: 32) }
        return Array(digest.prefix(Int(length)))
    }
}
