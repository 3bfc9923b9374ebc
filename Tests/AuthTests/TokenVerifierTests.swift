import CCrypto
import XCTest
import JSON
@testable import Auth

final class TokenVerifierTests: XCTestCase {
    private let issuer = "http://127.0.0.1:8085"
    private var key: RSAPrivateKey!
    private var clock: TestClock!
    private var signer: TokenSigner!
    private var verifier: TokenVerifier!

    override func setUpWithError() throws {
        key = try XCTUnwrap(TestKeys.primary, "RSA key generation failed")
        clock = TestClock()
        signer = TokenSigner(privateKey: key, issuer: issuer, clock: clock.function)
        verifier = TokenVerifier(jwks: JWKS(keys: [key.publicKey]), issuer: issuer, clock: clock.function)
    }

    // MARK: round trips

    func test_verify_returnsVendorPrincipal_forSignedVendorToken() throws {
        let token = try signer.vendor(org: "315602122", scopes: ["a:b", "c:d"], clientId: "client-1")
        XCTAssertEqual(try verifier.verify(token),
                       .vendor(VendorPrincipal(organizationNumber: "315602122", clientId: "client-1", scopes: ["a:b", "c:d"])))
    }

    func test_verify_returnsUserPrincipal_forSignedUserToken() throws {
        let token = try signer.user(pid: "12838148288", userId: 20_001, authLevel: 2)
        XCTAssertEqual(try verifier.verify(token),
                       .user(UserPrincipal(pid: "12838148288", userId: 20_001, authLevel: 2, scopes: [AuthScope.portalEndUser])))
    }

    func test_verify_returnsPlatformPrincipal_forSignedPlatformToken() throws {
        let principal = try verifier.verify(try signer.platform(app: "approval"))
        XCTAssertEqual(principal, .platform(PlatformPrincipal(app: "approval", scopes: [AuthScope.platformInternal])))
        XCTAssertEqual(principal.kind, .platform)
    }

    func test_verifyAuthorizationHeader_acceptsBearerSchemeCaseInsensitively() throws {
        let token = try signer.platform(app: "registry")
        XCTAssertEqual(try verifier.verify(authorizationHeader: "bearer \(token)").kind, .platform)
        assertInvalidToken(try verifier.verify(authorizationHeader: nil))
        assertInvalidToken(try verifier.verify(authorizationHeader: "Basic \(token)"))
        assertInvalidToken(try verifier.verify(authorizationHeader: "Bearer"))
    }

    func test_verifyAuthorizationHeader_trimsBlanksAroundTheToken_asciiAndUnicode() throws {
        let token = try signer.platform(app: "registry")
        XCTAssertEqual(try verifier.verify(authorizationHeader: "Bearer \t \(token) \t").kind, .platform)
        XCTAssertEqual(try verifier.verify(authorizationHeader: "Bearer \u{A0}\(token)\u{2003}").kind, .platform)
        XCTAssertEqual(TokenVerifier.trimmingWhitespace(" \t a b \t"), "a b")
        XCTAssertEqual(TokenVerifier.trimmingWhitespace("\u{A0}é\u{2003}"), "é")
        XCTAssertEqual(TokenVerifier.trimmingWhitespace(" \t "), "")
        assertInvalidToken(try verifier.verify(authorizationHeader: "Bearer \t "))
    }

    func test_bearerTokenFast_readsTheTokenLikeTheGeneralPath_orLeavesTheHeaderToIt() throws {
        XCTAssertEqual(TokenVerifier.bearerTokenFast("BEARER abc"), "abc")
        XCTAssertEqual(TokenVerifier.bearerTokenFast("bearer  abc \t"), "abc")
        XCTAssertEqual(TokenVerifier.bearerTokenFast("Bearer \t"), "")
        for header in ["Bearer", "Bearer ", "  Bearer abc", "Basic abcdef", "Bearer\tabc", "Bearar abc", "bEaReRabc"] {
            XCTAssertNil(TokenVerifier.bearerTokenFast(header), header)
        }
        let token = try signer.platform(app: "registry")
        XCTAssertEqual(try verifier.verify(authorizationHeader: "  Bearer \(token)").kind, .platform)
        XCTAssertEqual(try verifier.verify(authorizationHeader: "BeArEr  \(token)").kind, .platform)
        assertInvalidToken(try verifier.verify(authorizationHeader: "Bearer\t\(token)"))
    }

    // MARK: header and signature

    func test_verify_refuses_algNone() throws {
        let header: JSONValue = ["alg": "none", "typ": "JWT", "kid": .string(signer.kid)]
        let unsigned = encode(header) + "." + encode(validClaims())
        assertInvalidToken(try verifier.verify(unsigned + "."))
        assertInvalidToken(try verifier.verify(unsigned + "." + Base64URL.encode("x")))
    }

    func test_verify_refuses_HS256SignedWithThePublicKey() throws {
        let header: JSONValue = ["alg": "HS256", "typ": "JWT", "kid": .string(signer.kid)]
        let input = encode(header) + "." + encode(validClaims())
        let secrets = [Array(try key.publicKey.pem().utf8), key.publicKey.modulus,
                       Array(String(decoding: key.publicKey.jwk().encoded(), as: UTF8.self).utf8)]
        for secret in secrets {
            assertInvalidToken(try verifier.verify(input + "." + Base64URL.encode(hmacSHA256(secret, Array(input.utf8)))))
        }
    }

    func test_verify_refuses_otherRSAAlgorithms() throws {
        for alg in ["RS512", "RS384", "PS256", "rs256", "ES256"] {
            let header: JSONValue = ["alg": .string(alg), "kid": .string(signer.kid)]
            assertInvalidToken(try verifier.verify(forge(header: header, claims: validClaims(), with: key)), alg)
        }
    }

    func test_verify_refuses_tokenSignedByAnotherKeyWithTheSameKid() throws {
        let other = try XCTUnwrap(TestKeys.other)
        let impostor = TokenSigner(privateKey: other, issuer: issuer, kid: signer.kid, clock: clock.function)
        assertInvalidToken(try verifier.verify(try impostor.platform(app: "approval")))
    }

    func test_verify_refuses_unknownKid() throws {
        let stranger = TokenSigner(privateKey: key, issuer: issuer, kid: "unknown", clock: clock.function)
        assertInvalidToken(try verifier.verify(try stranger.platform(app: "approval")))
    }

    func test_verify_refuses_missingOrEmptyKid() throws {
        assertInvalidToken(try verifier.verify(forge(header: ["alg": "RS256", "typ": "JWT"], claims: validClaims(), with: key)))
        assertInvalidToken(try verifier.verify(forge(header: ["alg": "RS256", "kid": ""], claims: validClaims(), with: key)))
        assertInvalidToken(try verifier.verify(forge(header: ["alg": "RS256", "kid": 5], claims: validClaims(), with: key)))
    }

    func test_verify_refuses_criticalHeaderExtensions() throws {
        let header: JSONValue = ["alg": "RS256", "kid": .string(signer.kid), "crit": ["exp"]]
        assertInvalidToken(try verifier.verify(forge(header: header, claims: validClaims(), with: key)))
    }

    func test_verify_refuses_tamperedPayload() throws {
        let token = try signer.vendor(org: "315602122", scopes: ["read"])
        let parts = token.split(separator: ".").map(String.init)
        let tampered = try signer.vendor(org: "310202398", scopes: ["read", "admin"]).split(separator: ".")[1]
        assertInvalidToken(try verifier.verify("\(parts[0]).\(tampered).\(parts[2])"))
    }

    func test_verify_refuses_malformedCompactForms() throws {
        let token = try signer.platform(app: "approval")
        let parts = token.split(separator: ".").map(String.init)
        for candidate in ["", token + ".", parts[0] + "." + parts[1], "a.b.c", token + "=", parts[0] + "..", ".\(parts[1]).\(parts[2])",
                          "\(parts[0]).\(parts[1]).\(parts[2].dropLast())", String(repeating: "a", count: 20_000)] {
            assertInvalidToken(try verifier.verify(candidate), String(candidate.prefix(40)))
        }
    }

    func test_verify_refuses_payloadThatIsNotAnObjectOrHasDuplicateClaims() throws {
        let header: JSONValue = ["alg": "RS256", "kid": .string(signer.kid)]
        let input = encode(header) + "." + Base64URL.encode(#"{"exp":9999999999,"iss":"\#(issuer)","iss":"x"}"#)
        let signed = input + "." + Base64URL.encode(try key.sign(Array(input.utf8)))
        assertInvalidToken(try verifier.verify(signed))
        assertInvalidToken(try verifier.verify(forge(header: header, claims: [1, 2], with: key)))
    }

    // MARK: time and issuer

    func test_verify_refuses_expiredTokenBeyondLeeway() throws {
        let token = try signer.platform(app: "approval", ttl: 60)
        clock.advance(by: 60 + 31)
        assertInvalidToken(try verifier.verify(token))
    }

    func test_verify_accepts_expiredTokenWithinLeeway() throws {
        let token = try signer.platform(app: "approval", ttl: 60)
        clock.advance(by: 60 + 29)
        XCTAssertEqual(try verifier.verify(token).kind, .platform)
    }

    func test_verify_refuses_nbfInTheFutureBeyondLeeway_andAcceptsItWithin() throws {
        let now = Int64(clock.now.timeIntervalSince1970)
        var claims = validClaims()
        claims = replacing("nbf", with: .int(now + 31), in: claims)
        assertInvalidToken(try verifier.verify(try signer.sign(claims: claims)))
        claims = replacing("nbf", with: .int(now + 29), in: claims)
        XCTAssertNoThrow(try verifier.verify(try signer.sign(claims: claims)))
        claims = replacing("nbf", with: "soon", in: claims)
        assertInvalidToken(try verifier.verify(try signer.sign(claims: claims)))
    }

    func test_verify_refuses_missingOrNonNumericExp() throws {
        assertInvalidToken(try verifier.verify(try signer.sign(claims: removing("exp", from: validClaims()))))
        assertInvalidToken(try verifier.verify(try signer.sign(claims: replacing("exp", with: "9999999999", in: validClaims()))))
    }

    func test_verify_refuses_wrongOrMissingIssuer() throws {
        let foreign = TokenSigner(privateKey: key, issuer: "http://evil.example", clock: clock.function)
        assertInvalidToken(try verifier.verify(try foreign.platform(app: "approval")))
        assertInvalidToken(try verifier.verify(try signer.sign(claims: removing("iss", from: validClaims()))))
    }

    // MARK: helpers

    private func validClaims() -> JSONValue {
        let now = Int64(clock.now.timeIntervalSince1970)
        return ["iss": .string(issuer), "iat": .int(now), "exp": .int(now + 300),
                "urn:altinn:app": "approval", "scope": "altinn:platform/internal"]
    }

    private func replacing(_ name: String, with value: JSONValue, in claims: JSONValue) -> JSONValue {
        .object(removing(name, from: claims).objectValue! + [(name, value)])
    }

    private func removing(_ name: String, from claims: JSONValue) -> JSONValue {
        .object(claims.objectValue!.filter { $0.0 != name })
    }

    private func encode(_ value: JSONValue) -> String { Base64URL.encode(value.encoded()) }

    private func forge(header: JSONValue, claims: JSONValue, with key: RSAPrivateKey) throws -> String {
        let input = encode(header) + "." + encode(claims)
        return input + "." + Base64URL.encode(try key.sign(Array(input.utf8)))
    }

    private func hmacSHA256(_ secret: [UInt8], _ message: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        var length = 0
        let result = EVP_Q_mac(nil, "HMAC", nil, "SHA256", nil, secret, secret.count, message, message.count,
                               &digest, digest.count, &length)
        XCTAssertNotNil(result)
        return digest
    }

    private func assertInvalidToken(_ expression: @autoclosure () throws -> Principal, _ message: String = "",
                                    file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try expression(), message, file: file, line: line) { error in
            XCTAssertEqual((error as? AuthError)?.code, "AUTH-00101", "\(message): \(error)", file: file, line: line)
            XCTAssertEqual((error as? AuthError)?.status, 401, file: file, line: line)
        }
    }
}
