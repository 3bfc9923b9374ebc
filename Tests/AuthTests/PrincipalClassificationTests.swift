import XCTest
import JSON
@testable import Auth

/// Kind classification and the per-kind claim checks, through the verifier with genuinely signed tokens.
final class PrincipalClassificationTests: XCTestCase {
    private let issuer = "http://127.0.0.1:8085"
    private var signer: TokenSigner!
    private var verifier: TokenVerifier!

    override func setUpWithError() throws {
        let key = try XCTUnwrap(TestKeys.primary, "RSA key generation failed")
        signer = TokenSigner(privateKey: key, issuer: issuer)
        verifier = TokenVerifier(jwks: JWKS(keys: [key.publicKey]), issuer: issuer)
    }

    func test_kind_isPlatform_whenAppClaimIsPresentEvenWithPid() throws {
        let principal = try verify(["urn:altinn:app": "requests", "pid": "12838148288", "scope": "x"])
        XCTAssertEqual(principal, .platform(PlatformPrincipal(app: "requests", scopes: ["x"])))
    }

    func test_kind_isUser_whenPidIsPresentWithoutApp() throws {
        let principal = try verify(["pid": "12838148288", "urn:altinn:userid": "42", "urn:altinn:authlevel": "3",
                                    "consumer": ["authority": "iso6523-actorid-upis", "ID": "0192:315602122"]])
        XCTAssertEqual(principal, .user(UserPrincipal(pid: "12838148288", userId: 42, authLevel: 3, scopes: [])))
    }

    func test_user_authLevelDefaultsToZero_whenAbsent() throws {
        guard case .user(let user) = try verify(["pid": "12838148288", "urn:altinn:userid": 7]) else {
            return XCTFail("expected a user principal")
        }
        XCTAssertEqual(user.authLevel, 0)
        XCTAssertEqual(user.userId, 7)
    }

    func test_user_isRefusedWith101_whenPidIsInvalid() {
        for pid: JSONValue in ["12838148289", "1283814828", 12_838_148_288, ""] {
            assertRefused(["pid": pid, "urn:altinn:userid": 1], code: "AUTH-00101")
        }
    }

    func test_user_isRefusedWith101_whenUserIdIsMissingNegativeOrNotAnInteger() {
        for userId: JSONValue in [-1, 1.5, "1a", "", "-3", true, nil] {
            assertRefused(["pid": "12838148288", "urn:altinn:userid": userId], code: "AUTH-00101")
        }
        assertRefused(["pid": "12838148288"], code: "AUTH-00101")
    }

    /// A bad level is the endpoint's 403 AUTH-00020 (requests.md §2), so the token itself is accepted at level 0.
    func test_user_authLevelCountsAsZero_whenNotANonNegativeInteger() throws {
        for level: JSONValue in ["high", -2, 2.5] {
            guard case .user(let user) = try verify(["pid": "12838148288", "urn:altinn:userid": 1,
                                                     "urn:altinn:authlevel": level]) else {
                return XCTFail("expected a user principal for level \(level)")
            }
            XCTAssertEqual(user.authLevel, 0)
        }
    }

    func test_vendor_isAccepted_forWellFormedConsumer() throws {
        let principal = try verify(["consumer": consumer("0192:310202398"), "scope": "a b  c", "client_id": "abc"])
        XCTAssertEqual(principal, .vendor(VendorPrincipal(organizationNumber: "310202398", clientId: "abc", scopes: ["a", "b", "c"])))
    }

    func test_vendor_isRefusedWith023_whenConsumerIsMissingOrMalformed() {
        let consumers: [JSONValue?] = [
            nil,
            "0192:315602122",
            ["ID": "0192:315602122"],
            ["authority": "iso6523-actorid-upis"],
            ["authority": "other", "ID": "0192:315602122"],
            ["authority": "iso6523-actorid-upis", "ID": "0193:315602122"],
            ["authority": "iso6523-actorid-upis", "ID": "315602122"],
            ["authority": "iso6523-actorid-upis", "ID": "0192:310202399"],
            ["authority": "iso6523-actorid-upis", "ID": "0192:31560212"],
            ["authority": "iso6523-actorid-upis", "ID": 192_315_602_122],
        ]
        for consumer in consumers {
            var claims: [(String, JSONValue)] = [("scope", "altinn:authentication/systemregister.write")]
            if let consumer { claims.append(("consumer", consumer)) }
            assertRefused(.object(claims), code: "AUTH-00023", "\(String(describing: consumer))")
        }
    }

    func test_verify_refusesWith101_whenScopeIsNotAString() {
        assertRefused(["consumer": consumer("0192:315602122"), "scope": ["a", "b"]], code: "AUTH-00101")
    }

    func test_verify_refusesWith101_whenAppClaimIsNotAString() {
        assertRefused(["urn:altinn:app": 5], code: "AUTH-00101")
        assertRefused(["urn:altinn:app": ""], code: "AUTH-00101")
    }

    // MARK: helpers

    private func consumer(_ id: String) -> JSONValue { ["authority": "iso6523-actorid-upis", "ID": .string(id)] }

    private func verify(_ specific: JSONValue) throws -> Principal {
        try verifier.verify(try signer.sign(specificClaims: specific.objectValue ?? [], ttl: 60))
    }

    private func assertRefused(_ specific: JSONValue, code: String, _ message: String = "",
                               file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try verify(specific), message, file: file, line: line) { error in
            XCTAssertEqual((error as? AuthError)?.code, code, "\(message): \(error)", file: file, line: line)
            XCTAssertEqual((error as? AuthError)?.status, 401, file: file, line: line)
        }
    }
}
