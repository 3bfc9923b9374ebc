import CCrypto

/// HMAC-SHA256 and random bytes through libcrypto, for the page's CSRF tokens (`approval.md` §9).
enum HMACSHA256 {
    static func mac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let result = key.withUnsafeBufferPointer { keyBytes in
            message.withUnsafeBufferPointer { messageBytes in
                HMAC(EVP_sha256(), keyBytes.baseAddress, Int32(keyBytes.count), messageBytes.baseAddress,
                     messageBytes.count, &output, &length)
            }
        }
        // HMAC fails only when OpenSSL cannot allocate; an empty MAC then matches no form.
        guard result != nil else { ERR_clear_error(); return [] }
        return Array(output.prefix(Int(length)))
    }

    /// `count` bytes from OpenSSL's CSPRNG; nil if it is not seeded.
    static func randomBytes(_ count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        guard RAND_bytes(&bytes, Int32(count)) == 1 else { ERR_clear_error(); return nil }
        return bytes
    }
}
