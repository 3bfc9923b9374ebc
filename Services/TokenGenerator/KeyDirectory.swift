import Auth
import Foundation

/// The Token Generator's key folder (`KEY_DIR`, default `./data/keys`): `private.pem` (PKCS#8, mode 0600)
/// and `jwks.json` (its public half). Services read the same two files through `PLATFORM_SIGNING_KEY`
/// and `JWKS_PATH`.
struct KeyDirectory: Sendable {
    static let defaultPath = "./data/keys"

    let path: String

    init(path: String) { self.path = path }

    init(environment: [String: String]) {
        self.init(path: environment["KEY_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? Self.defaultPath)
    }

    var privateKeyPath: String { path + "/private.pem" }
    var jwksPath: String { path + "/jwks.json" }

    func loadPrivateKey() throws(KeyDirectoryError) -> RSAPrivateKey {
        guard FileManager.default.fileExists(atPath: privateKeyPath) else { throw .noKey(directory: path) }
        do {
            return try RSAPrivateKey(contentsOfFile: privateKeyPath)
        } catch {
            throw .unreadableKey(path: privateKeyPath, reason: error.description)
        }
    }

    /// Writes both files, replacing any earlier key. The private key never exists with wider permissions.
    func store(_ key: RSAPrivateKey) throws(KeyDirectoryError) {
        let pem: String
        do {
            pem = try key.pkcs8PEM()
        } catch {
            throw .writeFailed(path: privateKeyPath, reason: error.description)
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .writeFailed(path: path, reason: error.localizedDescription)
        }
        try writePrivately(Array(pem.utf8), to: privateKeyPath)
        var document = JWKS(keys: [key.publicKey]).document().encoded()
        document.append(UInt8(ascii: "\n"))
        do {
            try Data(document).write(to: URL(fileURLWithPath: jwksPath), options: .atomic)
        } catch {
            throw .writeFailed(path: jwksPath, reason: error.localizedDescription)
        }
    }

    /// Creates a temporary file with mode 0600, writes it, and renames it over `target`.
    private func writePrivately(_ bytes: [UInt8], to target: String) throws(KeyDirectoryError) {
        let temporary = "\(target).tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .writeFailed(path: temporary, reason: String(cString: strerror(errno))) }
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                unlink(temporary)
                throw .writeFailed(path: temporary, reason: reason)
            }
            written += result
        }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard synced, rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .writeFailed(path: target, reason: reason)
        }
    }
}
