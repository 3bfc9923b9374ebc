import Foundation

extension RSAPrivateKey {
    /// Reads a PEM private key file (`PLATFORM_SIGNING_KEY`, `KEY_DIR/private.pem`).
    public init(contentsOfFile path: String) throws(CryptoError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .keyFileUnreadable(path: path, reason: error.localizedDescription)
        }
        try self.init(pem: String(decoding: data, as: UTF8.self))
    }
}
