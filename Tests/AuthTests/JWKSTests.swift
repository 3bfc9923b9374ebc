import XCTest
import JSON
@testable import Auth

final class JWKSTests: XCTestCase {
    func test_init_keysRSAKeysByKid_andSkipsOtherKeys() throws {
        let key = try XCTUnwrap(TestKeys.primary).publicKey
        let document = """
        {"keys":[
          {"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0","kid":"ec"},
          {"kty":"oct","k":"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow","kid":"hmac"},
          \(String(decoding: key.jwk(kid: "main").encoded(), as: UTF8.self)),
          {"kty":"RSA","use":"enc","n":"\(key.jwkModulus)","e":"AQAB","kid":"encryption"},
          {"kty":"RSA","n":"\(key.jwkModulus)","e":"AQAB"}
        ]}
        """
        let jwks = try JWKS(json: Array(document.utf8))
        XCTAssertEqual(Set(jwks.keysByID.keys), ["main", key.thumbprint])
        XCTAssertEqual(jwks.key(kid: "main")?.modulus, key.modulus)
        XCTAssertNil(jwks.key(kid: "ec"))
        XCTAssertNil(jwks.key(kid: "hmac"))
        XCTAssertNil(jwks.key(kid: "encryption"))
    }

    func test_init_throws_whenDocumentIsNotAJWKS() {
        XCTAssertThrowsError(try JWKS(json: Array("{}".utf8)))
        XCTAssertThrowsError(try JWKS(json: Array("[1,2]".utf8)))
        XCTAssertThrowsError(try JWKS(json: Array("{\"keys\":[".utf8)))
    }

    func test_contentsOfFile_readsWhatDocumentWrote() throws {
        let key = try XCTUnwrap(TestKeys.primary).publicKey
        let path = NSTemporaryDirectory() + "jwks-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(JWKS(keys: [key]).document().encoded()).write(to: URL(fileURLWithPath: path))
        let loaded = try JWKS(contentsOfFile: path)
        XCTAssertEqual(loaded.key(kid: key.thumbprint)?.modulus, key.modulus)
    }

    func test_contentsOfFile_throwsUnreadable_whenFileIsMissing() {
        XCTAssertThrowsError(try JWKS(contentsOfFile: "/nonexistent/jwks.json")) { error in
            guard case JWKSError.unreadable = error else { return XCTFail("\(error)") }
        }
    }
}
