@testable import ApprovalService
import XCTest

/// The page's building blocks (`approval.md` §9): CSRF tokens, language negotiation, escaping, cookies,
/// returnUrl.
final class PageRulesTests: XCTestCase {
    func test_csrf_acceptsOwnToken_andRefusesOthers() {
        let guardA = CSRFGuard(secret: Array(repeating: 1, count: 32))
        let token = guardA.token(cookie: "jwt", requestId: "id-1")
        XCTAssertTrue(guardA.isValid(token, cookie: "jwt", requestId: "id-1"))
        XCTAssertFalse(guardA.isValid(token, cookie: "jwt", requestId: "id-2"))
        XCTAssertFalse(guardA.isValid(token, cookie: "other", requestId: "id-1"))
        XCTAssertFalse(guardA.isValid(nil, cookie: "jwt", requestId: "id-1"))
        XCTAssertFalse(guardA.isValid(String(token.dropLast()), cookie: "jwt", requestId: "id-1"))
        XCTAssertFalse(CSRFGuard(secret: Array(repeating: 2, count: 32)).isValid(token, cookie: "jwt", requestId: "id-1"))
    }

    func test_csrf_isBase64URLOfHMACSHA256_whenComparedWithRFC4231Vector() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        let mac = HMACSHA256.mac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
        XCTAssertEqual(mac.map { String(format: "%02x", $0) }.joined(),
                       "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        let token = CSRFGuard(secret: Array("Jefe".utf8)).token(cookie: "what do ya want for nothing?", requestId: "x")
        XCTAssertEqual(token.count, 43)
        XCTAssertFalse(token.contains("=") || token.contains("+") || token.contains("/"))
    }

    func test_csrf_freshGuardsDrawDifferentSecrets() throws {
        XCTAssertNotEqual(try CSRFGuard().token(cookie: "c", requestId: "r"), try CSRFGuard().token(cookie: "c", requestId: "r"))
    }

    func test_language_isEnglish_onlyWhenEnWinsAmongNorwegianAndEnglish() {
        XCTAssertEqual(PageLanguage(acceptLanguage: nil), .nb)
        XCTAssertEqual(PageLanguage(acceptLanguage: "en"), .en)
        XCTAssertEqual(PageLanguage(acceptLanguage: "en-GB,en;q=0.9"), .en)
        XCTAssertEqual(PageLanguage(acceptLanguage: "nb,en;q=0.8"), .nb)
        XCTAssertEqual(PageLanguage(acceptLanguage: "nn"), .nb)
        XCTAssertEqual(PageLanguage(acceptLanguage: "de,en;q=0.5"), .en)
        XCTAssertEqual(PageLanguage(acceptLanguage: "en;q=0.5,no;q=0.5"), .en, "the first wins a tie")
        XCTAssertEqual(PageLanguage(acceptLanguage: "no;q=0.5,en;q=0.5"), .nb)
        XCTAssertEqual(PageLanguage(acceptLanguage: "nb;q=0.4, EN-us;q=0.7"), .en)
        XCTAssertEqual(PageLanguage(acceptLanguage: "fr,de"), .nb)
        XCTAssertEqual(PageLanguage(acceptLanguage: "en;q=0"), .nb, "q=0 means not acceptable")
        XCTAssertEqual(PageLanguage(acceptLanguage: "en;q=abc,nb;q=0.1"), .nb)
    }

    func test_escape_replacesMarkupCharacters() {
        XCTAssertEqual(HTMLText.escape(#"<script>alert("x")</script> & 'y'"#),
                       "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;")
        XCTAssertEqual(HTMLText.escape("DISKRET NÆR TIGER AS"), "DISKRET NÆR TIGER AS")
    }

    func test_cookie_hasExactAttributes_andSecureOnlyForHTTPS() {
        let plain = SessionCookie(publicURL: "http://127.0.0.1:8083")
        XCTAssertEqual(plain.set("t"), "systemtilgang_session=t; HttpOnly; SameSite=Lax; Path=/")
        XCTAssertEqual(plain.clear, "systemtilgang_session=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0")
        XCTAssertEqual(SessionCookie(publicURL: "https://x.test").set("t"),
                       "systemtilgang_session=t; HttpOnly; SameSite=Lax; Path=/; Secure")
    }

    func test_returnUrl_acceptsOnlyPathsUnderUI() {
        XCTAssertTrue(ReturnURL.isValid("/accessmanagement/ui/systemuser/request?id=1&DONTCHOOSEREPORTEE=true"))
        for bad in ["https://evil.test/accessmanagement/ui/", "//evil.test/accessmanagement/ui/", "/authentication/api/v1",
                    "accessmanagement/ui/x", "/accessmanagement/uix", "/accessmanagement/ui/\nx", ""] {
            XCTAssertFalse(ReturnURL.isValid(bad), bad)
        }
        XCTAssertEqual(ReturnURL.loginURL(returningTo: "/accessmanagement/ui/systemuser/request?id=a&b=c"),
                       "/accessmanagement/ui/login?returnUrl=%2Faccessmanagement%2Fui%2Fsystemuser%2Frequest%3Fid%3Da%26b%3Dc")
    }
}
