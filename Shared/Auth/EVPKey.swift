import CCrypto

/// Owns one OpenSSL `EVP_PKEY` and frees it when the last reference goes.
///
/// `@unchecked Sendable`: the key is never modified after construction, and OpenSSL 3 allows a
/// constant `EVP_PKEY` to be used from several threads at once for signing and verifying
/// (openssl-threads(7)); every operation creates its own `EVP_MD_CTX`.
final class EVPKey: @unchecked Sendable {
    let pointer: OpaquePointer

    init(taking pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        EVP_PKEY_free(pointer)
    }

    var isRSA: Bool { EVP_PKEY_is_a(pointer, "RSA") == 1 }

    var bits: Int { Int(EVP_PKEY_get_bits(pointer)) }

    /// A big-number parameter of the key ("n", "e") as unsigned big-endian bytes without leading zeros.
    func bigNumberParameter(_ name: String) -> [UInt8]? {
        var number: OpaquePointer?
        guard EVP_PKEY_get_bn_param(pointer, name, &number) == 1, let number else {
            ERR_clear_error()
            return nil
        }
        defer { BN_free(number) }
        return Self.bytes(of: number)
    }

    static func bytes(of number: OpaquePointer) -> [UInt8] {
        let count = (Int(BN_num_bits(number)) + 7) / 8
        var bytes = [UInt8](repeating: 0, count: count)
        if count > 0 { _ = BN_bn2bin(number, &bytes) }
        return bytes
    }

    /// Writes the key with `write` into a memory BIO and returns the text.
    func pem(using write: (OpaquePointer) -> Int32) throws(CryptoError) -> String {
        guard let bio = BIO_new(BIO_s_mem()) else {
            throw .exportFailed(CryptoError.openSSLReason("BIO_new failed"))
        }
        defer { BIO_free(bio) }
        guard write(bio) == 1 else {
            throw .exportFailed(CryptoError.openSSLReason("PEM_write failed"))
        }
        var data: UnsafeMutablePointer<CChar>?
        let length = ccrypto_bio_mem_contents(bio, &data)
        guard length > 0, let data else { throw .exportFailed("empty PEM output") }
        let buffer = UnsafeRawBufferPointer(start: data, count: length)
        return String(decoding: buffer, as: UTF8.self)
    }
}
