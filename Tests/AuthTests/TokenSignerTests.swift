import XCTest
import JSON
@testable import Auth

final class TokenSignerTests: XCTestCase {
    private var signer: TokenSigner!
    private var clock: TestClock!

    override func setUpWithError() throws {
        clock = TestClock()
        signer = TokenSigner(privateKey: try XCTUnwrap(TestKeys.primary), issuer: "http://issuer", clock: clock.function)
    }

    func test_token_hasRS256HeaderWithThumbprintKid() throws {
        let header = try part(0, of: try signer.platform(app: "registry"))
        XCTAssertEqual(header, ["alg": "RS256", "typ": "JWT", "kid": .string(try XCTUnwrap(TestKeys.primary).publicKey.thumbprint)])
    }

    func test_vendor_writesConsumerScopeClientIdAndTimes() throws {
        let claims = try part(1, of: try signer.vendor(org: "315602122", scopes: ["a", "b"], clientId: "c", ttl: 120))
        let now = Int64(clock.now.timeIntervalSince1970)
        XCTAssertEqual(claims["iss"], "http://issuer")
        XCTAssertEqual(claims["iat"], .int(now))
        XCTAssertEqual(claims["nbf"], .int(now))
        XCTAssertEqual(claims["exp"], .int(now + 120))
        XCTAssertNotNil(claims["jti"]?.stringValue)
        XCTAssertEqual(claims["consumer"], ["authority": "iso6523-actorid-upis", "ID": "0192:315602122"])
        XCTAssertEqual(claims["scope"], "a b")
        XCTAssertEqual(claims["client_id"], "c")
    }

    func test_user_writesNumericUserIdAndAuthLevel_withDefaults() throws {
        let claims = try part(1, of: try signer.user(pid: "12838148288"))
        XCTAssertEqual(claims["pid"], "12838148288")
        XCTAssertEqual(claims["urn:altinn:userid"], .int(TokenSigner.derivedUserId(forPid: "12838148288")))
        XCTAssertEqual(claims["urn:altinn:authlevel"], 3)
        XCTAssertEqual(claims["scope"], "altinn:portal/enduser")
        XCTAssertNil(claims["urn:altinn:app"])
    }

    func test_platform_writesAppAndInternalScope() throws {
        let claims = try part(1, of: try signer.platform(app: "delegation"))
        XCTAssertEqual(claims["urn:altinn:app"], "delegation")
        XCTAssertEqual(claims["scope"], "altinn:platform/internal")
        XCTAssertEqual(claims["exp"], .int(Int64(clock.now.timeIntervalSince1970) + 1800))
    }

    func test_tokens_haveDistinctJti() throws {
        let first = try part(1, of: try signer.platform(app: "a"))["jti"]
        let second = try part(1, of: try signer.platform(app: "a"))["jti"]
        XCTAssertNotEqual(first, second)
    }

    func test_derivedUserId_isStablePositiveAndBelow2pow31() {
        let pids = ["12838148288", "02829241792", "05866927113"]
        let ids = pids.map(TokenSigner.derivedUserId(forPid:))
        XCTAssertEqual(ids, pids.map(TokenSigner.derivedUserId(forPid:)))
        XCTAssertEqual(Set(ids).count, 3)
        for id in ids { XCTAssertTrue((1..<Int64(1) << 31).contains(id), "\(id)") }
    }

    private func part(_ index: Int, of token: String) throws -> JSONValue {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        XCTAssertEqual(parts.count, 3)
        return try JSONParser().parse(try XCTUnwrap(Base64URL.decode(parts[index])))
    }
}
