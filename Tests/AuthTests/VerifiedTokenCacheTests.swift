import Dispatch
import Synchronization
import XCTest
import JSON
@testable import Auth

final class VerifiedTokenCacheTests: XCTestCase {
    private let issuer = "http://127.0.0.1:8085"
    private var key: RSAPrivateKey!
    private var clock: TestClock!
    private var signer: TokenSigner!
    private var cache: VerifiedTokenCache!
    private var verifier: TokenVerifier!

    override func setUpWithError() throws {
        key = try XCTUnwrap(TestKeys.primary, "RSA key generation failed")
        clock = TestClock()
        signer = TokenSigner(privateKey: key, issuer: issuer, clock: clock.function)
        cache = VerifiedTokenCache(capacity: 64, shardCount: 4)
        verifier = TokenVerifier(jwks: JWKS(keys: [key.publicKey]), issuer: issuer, clock: clock.function, cache: cache)
    }

    func test_verify_returnsTheSamePrincipalFromTheCache_whenTheTokenWasVerifiedBefore() throws {
        let token = try signer.vendor(org: "315602122", scopes: ["a:b"], clientId: "client-1")
        let first = try verifier.verify(token)
        XCTAssertEqual(cache.count, 1)
        // A verifier that trusts no key but shares the cache can only answer from the cache.
        let keyless = TokenVerifier(jwks: JWKS(keys: []), issuer: issuer, clock: clock.function, cache: cache)
        XCTAssertEqual(try keyless.verify(token), first)
        XCTAssertEqual(try verifier.verify(authorizationHeader: "Bearer \(token)"), first)
        XCTAssertEqual(first, .vendor(VendorPrincipal(organizationNumber: "315602122", clientId: "client-1", scopes: ["a:b"])))
        XCTAssertEqual(cache.count, 1)
    }

    func test_verify_refusesACachedToken_whenItExpiredBeyondTheLeeway() throws {
        let token = try signer.platform(app: "approval", ttl: 60)
        XCTAssertEqual(try verifier.verify(token).kind, .platform)
        clock.advance(by: 60 + 29)
        XCTAssertEqual(try verifier.verify(token).kind, .platform, "still within the leeway")
        clock.advance(by: 2)
        assertInvalidToken(try verifier.verify(token), detail: "The token has expired.")
        XCTAssertEqual(cache.count, 0, "an expired entry is dropped")
        assertInvalidToken(try verifier.verify(token), detail: "The token has expired.")
    }

    func test_verify_refusesACachedToken_whenTheClockIsBeforeItsNotBeforeBeyondTheLeeway() throws {
        let now = Int64(clock.now.timeIntervalSince1970)
        let token = try signer.sign(claims: ["iss": .string(issuer), "exp": .int(now + 300), "nbf": .int(now + 29),
                                             "urn:altinn:app": "approval"])
        XCTAssertEqual(try verifier.verify(token).kind, .platform)
        XCTAssertEqual(cache.count, 1)
        clock.advance(by: -2)
        assertInvalidToken(try verifier.verify(token), detail: "The token is not valid yet.")
    }

    func test_verify_keepsTokensApart_whenTwoTokensAreCached() throws {
        let vendor = try signer.vendor(org: "315602122", scopes: ["a:b"])
        let other = try signer.vendor(org: "310202398", scopes: ["c:d"])
        let first = try verifier.verify(vendor)
        let second = try verifier.verify(other)
        XCTAssertNotEqual(first, second)
        XCTAssertEqual(try verifier.verify(vendor), first)
        XCTAssertEqual(try verifier.verify(other), second)
        // The cached token with one byte of its signature changed is a different, bad token.
        var bytes = Array(vendor.utf8)
        bytes[bytes.count - 2] = bytes[bytes.count - 2] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        assertInvalidToken(try verifier.verify(String(decoding: bytes, as: UTF8.self)))
        XCTAssertEqual(cache.count, 2)
    }

    func test_verify_failsEveryTime_whenTheTokenIsBad() throws {
        let foreign = TokenSigner(privateKey: key, issuer: "http://evil.example", clock: clock.function)
        let untrusted = try foreign.platform(app: "approval")
        let unresolvable = try signer.sign(claims: ["iss": .string(issuer), "exp": .int(Int64(clock.now.timeIntervalSince1970) + 300),
                                                    "consumer": ["authority": "x", "ID": "0192:315602122"]])
        for _ in 0..<3 {
            assertInvalidToken(try verifier.verify(untrusted))
            XCTAssertThrowsError(try verifier.verify(unresolvable)) { error in
                XCTAssertEqual((error as? AuthError)?.code, "AUTH-00023")
            }
        }
        XCTAssertEqual(cache.count, 0)
    }

    func test_cache_holdsAtMostItsCapacity_whenMoreTokensAreStored() throws {
        let small = VerifiedTokenCache(capacity: 4, shardCount: 2)
        let entry = VerifiedTokenCache.Entry(principal: .platform(PlatformPrincipal(app: "a", scopes: [])),
                                             expiresAt: 2_000_000_000, notBefore: nil)
        for number in 0..<50 {
            small.store(entry, for: "token-\(number)")
            XCTAssertLessThanOrEqual(small.count, 4)
        }
        XCTAssertEqual(small.count, 4)
        XCTAssertEqual(small.entry(for: "token-49"), entry, "the newest entry stays")
        XCTAssertNil(small.entry(for: "token-0"), "the oldest entries are evicted")
        small.store(entry, for: String(repeating: "x", count: VerifiedTokenCache.maximumCachedTokenLength + 1))
        XCTAssertEqual(small.count, 4, "an over-long token is not cached")
    }

    func test_verify_givesOneAnswer_whenManyThreadsVerifyTheSameTokens() throws {
        let tokens = try (0..<4).map { try signer.platform(app: "app\($0)") }
        let expected = try tokens.map { try TokenVerifier(jwks: JWKS(keys: [key.publicKey]), issuer: issuer,
                                                          clock: clock.function, cache: nil).verify($0) }
        let mismatches = Mutex(0)
        let verifier = verifier!
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for round in 0..<50 {
                let index = (worker + round) % tokens.count
                if (try? verifier.verify(tokens[index])) != expected[index] { mismatches.withLock { $0 += 1 } }
            }
        }
        XCTAssertEqual(mismatches.withLock { $0 }, 0)
        XCTAssertEqual(cache.count, tokens.count)
    }

    private func assertInvalidToken(_ expression: @autoclosure () throws -> Principal, detail: String? = nil,
                                    file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try expression(), file: file, line: line) { error in
            XCTAssertEqual((error as? AuthError)?.code, "AUTH-00101", "\(error)", file: file, line: line)
            if let detail { XCTAssertEqual((error as? AuthError)?.detail, detail, file: file, line: line) }
        }
    }
}
