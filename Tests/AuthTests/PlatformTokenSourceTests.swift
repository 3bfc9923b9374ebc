import Synchronization
import XCTest
import Auth

final class PlatformTokenSourceTests: XCTestCase {
    private let issuer = "http://127.0.0.1:8085"
    private var clock: TestClock!
    private var source: PlatformTokenSource!
    private var verifier: TokenVerifier!

    override func setUpWithError() throws {
        let key = try XCTUnwrap(TestKeys.primary)
        clock = TestClock()
        source = PlatformTokenSource(signer: TokenSigner(privateKey: key, issuer: issuer, clock: clock.function), app: "approval")
        verifier = TokenVerifier(jwks: JWKS(keys: [key.publicKey]), issuer: issuer, clock: clock.function)
    }

    func test_token_isVerifiablePlatformTokenForTheApp() throws {
        XCTAssertEqual(try verifier.verify(try source.token()),
                       .platform(PlatformPrincipal(app: "approval", scopes: [AuthScope.platformInternal])))
    }

    func test_token_isReused_untilThirtySecondsBeforeExpiry() throws {
        let first = try source.token()
        clock.advance(by: 269)
        XCTAssertEqual(try source.token(), first)
        clock.advance(by: 2)
        let second = try source.token()
        XCTAssertNotEqual(second, first)
        XCTAssertNoThrow(try verifier.verify(second))
    }

    func test_token_isSafeToCallConcurrently_andSignsOnce() throws {
        let source = self.source!
        let tokens = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            let token = (try? source.token()) ?? ""
            tokens.withLock { $0.append(token) }
        }
        let collected = tokens.withLock { $0 }
        XCTAssertEqual(collected.count, 16)
        XCTAssertEqual(Set(collected).count, 1)
        XCTAssertFalse(collected[0].isEmpty)
    }
}

extension PlatformTokenSourceTests {
    func test_initPrivateKeyFile_signsWithTheKeyInTheFile() throws {
        let key = try XCTUnwrap(TestKeys.primary)
        let path = NSTemporaryDirectory() + "platform-\(UUID().uuidString).pem"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try key.pkcs8PEM().write(toFile: path, atomically: true, encoding: .utf8)
        let fromFile = try PlatformTokenSource(privateKeyFile: path, issuer: issuer, app: "requests")
        let verifier = TokenVerifier(jwks: JWKS(keys: [key.publicKey]), issuer: issuer)
        XCTAssertEqual(try verifier.verify(try fromFile.token()).kind, .platform)
        XCTAssertThrowsError(try PlatformTokenSource(privateKeyFile: path + ".missing", issuer: issuer, app: "requests"))
    }
}
