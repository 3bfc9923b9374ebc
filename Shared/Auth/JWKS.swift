import Foundation
import JSON

/// The RSA public keys trusted for incoming tokens, keyed by `kid` (RFC 7517 §5).
/// Keys of other types, or marked for another use or algorithm, are skipped. A key without
/// `kid` is filed under its RFC 7638 thumbprint, the id `keygen` gives it.
public struct JWKS: Sendable {
    public private(set) var keysByID: [String: RSAPublicKey]

    public init(keys: [String: RSAPublicKey]) {
        self.keysByID = keys
    }

    /// Files each key under its thumbprint.
    public init(keys: [RSAPublicKey]) {
        self.keysByID = Dictionary(keys.map { ($0.thumbprint, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public init(contentsOfFile path: String) throws(JWKSError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        try self.init(json: Array(data))
    }

    public init(json bytes: [UInt8]) throws(JWKSError) {
        let document: JSONValue
        do {
            document = try JSONParser().parse(bytes)
        } catch {
            throw .malformed("\(error.reason) at byte \(error.offset)")
        }
        if let duplicate = document.firstDuplicateMemberName { throw .malformed("duplicate member \"\(duplicate)\"") }
        guard let entries = document["keys"]?.arrayValue else { throw .malformed("no \"keys\" array") }
        var keys: [String: RSAPublicKey] = [:]
        for entry in entries {
            guard let (kid, key) = Self.rsaSigningKey(entry) else { continue }
            if keys[kid] == nil { keys[kid] = key }
        }
        self.keysByID = keys
    }

    public func key(kid: String) -> RSAPublicKey? { keysByID[kid] }

    public var isEmpty: Bool { keysByID.isEmpty }

    /// `{"keys":[...]}` with every key's public JWK, ordered by kid for stable output.
    public func document() -> JSONValue {
        .object([("keys", .array(keysByID.sorted { $0.key < $1.key }.map { $0.value.jwk(kid: $0.key) }))])
    }

    private static func rsaSigningKey(_ entry: JSONValue) -> (String, RSAPublicKey)? {
        guard entry["kty"]?.stringValue == "RSA",
              entry["use"].map({ $0.stringValue == "sig" }) ?? true,
              entry["alg"].map({ $0.stringValue == "RS256" }) ?? true,
              let n = entry["n"]?.stringValue, let e = entry["e"]?.stringValue,
              let key = try? RSAPublicKey(jwkModulus: n, exponent: e) else {
            return nil
        }
        if let kid = entry["kid"] {
            guard let text = kid.stringValue, !text.isEmpty else { return nil }
            return (text, key)
        }
        return (key.thumbprint, key)
    }
}
