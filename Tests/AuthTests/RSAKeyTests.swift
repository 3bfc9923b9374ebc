import XCTest
import JSON
@testable import Auth

final class RSAKeyTests: XCTestCase {
    private var key: RSAPrivateKey!

    override func setUpWithError() throws {
        key = try XCTUnwrap(TestKeys.primary, "RSA key generation failed")
    }

    /// RFC 7638 §3.1: the example key and its thumbprint.
    func test_thumbprint_matchesRFC7638Example() throws {
        let n = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw"
        let publicKey = try RSAPublicKey(jwkModulus: n, exponent: "AQAB")
        XCTAssertEqual(publicKey.thumbprint, "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs")
        XCTAssertEqual(publicKey.jwkModulus, n)
        XCTAssertEqual(publicKey.jwkExponent, "AQAB")
    }

    func test_generate_makes2048BitKeyWithExponent65537() {
        XCTAssertEqual(key.publicKey.modulus.count, 256)
        XCTAssertEqual(key.publicKey.exponent, [0x01, 0x00, 0x01])
    }

    func test_pkcs8PEM_roundTripsToTheSameKey() throws {
        let pem = try key.pkcs8PEM()
        XCTAssertTrue(pem.hasPrefix("-----BEGIN PRIVATE KEY-----\n"))
        let reread = try RSAPrivateKey(pem: pem)
        XCTAssertEqual(reread.publicKey.modulus, key.publicKey.modulus)
        XCTAssertEqual(reread.publicKey.thumbprint, key.publicKey.thumbprint)
    }

    func test_initPEM_readsPKCS1AndPKCS8FormsOfTheSameKey() throws {
        let fromPKCS1 = try RSAPrivateKey(pem: TestKeys.pkcs1PEM)
        let fromPKCS8 = try RSAPrivateKey(pem: TestKeys.pkcs8PEM)
        XCTAssertEqual(fromPKCS1.publicKey.modulus.hex, TestKeys.fixedModulusHex)
        XCTAssertEqual(fromPKCS8.publicKey.modulus.hex, TestKeys.fixedModulusHex)
        let signature = try fromPKCS1.sign(Array("message".utf8))
        XCTAssertTrue(fromPKCS8.publicKey.isValidSignature(signature, for: Array("message".utf8)))
    }

    func test_initPEM_throws_whenInputIsNotAPrivateKey() throws {
        XCTAssertThrowsError(try RSAPrivateKey(pem: ""))
        XCTAssertThrowsError(try RSAPrivateKey(pem: "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"))
        XCTAssertThrowsError(try RSAPrivateKey(pem: try key.publicKey.pem()))
    }

    func test_jwk_carriesPublicMembersAndThumbprintKid() throws {
        let jwk = key.publicKey.jwk()
        XCTAssertEqual(jwk["kty"], "RSA")
        XCTAssertEqual(jwk["alg"], "RS256")
        XCTAssertEqual(jwk["use"], "sig")
        XCTAssertEqual(jwk["kid"]?.stringValue, key.publicKey.thumbprint)
        XCTAssertNil(jwk["d"])
        let n = try XCTUnwrap(jwk["n"]?.stringValue), e = try XCTUnwrap(jwk["e"]?.stringValue)
        XCTAssertEqual(try RSAPublicKey(jwkModulus: n, exponent: e).modulus, key.publicKey.modulus)
    }

    func test_signature_verifies_onlyForTheSignedMessageAndKey() throws {
        let other = try XCTUnwrap(TestKeys.other)
        let message = Array("header.payload".utf8)
        var signature = try key.sign(message)
        XCTAssertEqual(signature.count, 256)
        XCTAssertTrue(key.publicKey.isValidSignature(signature, for: message))
        XCTAssertFalse(key.publicKey.isValidSignature(signature, for: Array("header.payloae".utf8)))
        XCTAssertFalse(other.publicKey.isValidSignature(signature, for: message))
        signature[100] ^= 0x01
        XCTAssertFalse(key.publicKey.isValidSignature(signature, for: message))
        XCTAssertFalse(key.publicKey.isValidSignature([], for: message))
    }

    func test_publicKeyInit_throws_whenModulusIsTooSmallOrExponentInvalid() {
        let small = [UInt8](repeating: 0xC3, count: 128)
        XCTAssertThrowsError(try RSAPublicKey(modulus: small, exponent: [1, 0, 1]))
        XCTAssertThrowsError(try RSAPublicKey(modulus: key.publicKey.modulus, exponent: [2]))
        XCTAssertThrowsError(try RSAPublicKey(modulus: key.publicKey.modulus, exponent: [1]))
        XCTAssertThrowsError(try RSAPublicKey(jwkModulus: "not base64url!", exponent: "AQAB"))
    }
}
