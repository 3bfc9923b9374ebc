import Foundation
import HTTPClient
import XCTest

/// The approval page's rules that hold without the Client Delegation Service (`approval.md` §9): headers,
/// cookies, the demo login, returnUrl, no session, csrf, language, escaping and the logged-out page.
final class ApprovalPageTests: XCTestCase {
    nonisolated(unsafe) static var shared: PageTestServices?
    nonisolated(unsafe) static var others: [ServiceProcess] = []
    static let dress = (pid: "12838148288", userId: 20001)
    static let csp = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
    static let clear = "systemtilgang_session=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0"

    var services: PageTestServices {
        get throws {
            if let services = Self.shared { return services }
            let services = try PageTestServices()
            Self.shared = services
            return services
        }
    }

    var base: String { get throws { try services.approval.baseURL } }

    override class func tearDown() {
        others.forEach { $0.stop() }
        others = []
        shared?.stop()
        shared = nil
        super.tearDown()
    }

    /// Another Approval Service on the same peers with `environment`.
    private func approval(_ environment: [String: String]) throws -> ServiceProcess {
        let services = try services
        let process = try ServiceProcess("ApprovalService", keys: services.keys, environment: [
            "REGISTRY_URL": services.registry.baseURL, "REQUEST_URL": services.requests.baseURL,
            "DELEGATION_URL": services.delegation.baseURL, "TOKEN_ISSUER": services.issuer,
        ].merging(environment) { $1 })
        Self.others.append(process)
        return process
    }

    private func dressToken() throws -> String { try services.personToken(pid: Self.dress.pid, userId: Self.dress.userId) }

    private func assertHTMLHeaders(_ response: ClientResponse, language: String = "nb",
                                   file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(response.headers["Content-Type"], "text/html; charset=utf-8", file: file, line: line)
        XCTAssertEqual(response.headers["Cache-Control"], "no-store", file: file, line: line)
        XCTAssertEqual(response.headers["X-Frame-Options"], "DENY", file: file, line: line)
        XCTAssertEqual(response.headers["Content-Security-Policy"], Self.csp, file: file, line: line)
        XCTAssertEqual(response.headers["Content-Language"], language, file: file, line: line)
        XCTAssertEqual(response.headers["Vary"], "Accept-Language", file: file, line: line)
        if response.status != 303 {
            XCTAssertTrue(response.text.contains("<html lang=\"\(language)\">"), file: file, line: line)
        }
    }

    func test_loginPage_isDemoFormWithHeadersInChosenLanguage() throws {
        let nb = try PageHTTP.get(try base + PageHTTP.ui + "/login")
        XCTAssertEqual(nb.status, 200)
        assertHTMLHeaders(nb)
        XCTAssertTrue(nb.text.contains("<h1>Demo-innlogging – ikke for produksjon</h1>"))
        XCTAssertTrue(nb.text.contains("<label for=\"token\">") && nb.text.contains("<label for=\"pid\">"))
        XCTAssertTrue(nb.text.contains(">DRESS MINST</button>"))
        XCTAssertFalse(nb.text.contains("<script"))
        let en = try PageHTTP.get(try base + PageHTTP.ui + "/login", language: "en-GB,en;q=0.9,nb;q=0.8")
        assertHTMLHeaders(en, language: "en")
        XCTAssertTrue(en.text.contains("<h1>Demo login – not for production</h1>"))
        let nynorsk = try PageHTTP.get(try base + PageHTTP.ui + "/login", language: "nn,en;q=0.5")
        assertHTMLHeaders(nynorsk, language: "nb")
    }

    func test_confirm_withoutSession_redirectsToLogin_clearingASentCookie() throws {
        let path = PageHTTP.confirmPath(UUID().uuidString.lowercased())
        let expected = PageHTTP.ui + "/login?returnUrl=" + PageHTTP.encode(path)
        let plain = try PageHTTP.get(try base + path)
        XCTAssertEqual(plain.status, 303)
        XCTAssertEqual(plain.headers["Location"], expected)
        XCTAssertEqual(plain.setCookies, [])
        assertHTMLHeaders(plain)
        let stale = try PageHTTP.get(try base + path, cookie: "not-a-token")
        XCTAssertEqual(stale.status, 303)
        XCTAssertEqual(stale.setCookies, [Self.clear])
        let post = try PageHTTP.post(try base + path, form: [("action", "approve")], cookie: "not-a-token")
        XCTAssertEqual(post.status, 303)
        XCTAssertEqual(post.headers["Location"], expected)
    }

    func test_login_withToken_setsSessionCookie_andRedirectsToReturnUrl() throws {
        let token = try dressToken()
        let returnUrl = PageHTTP.confirmPath(UUID().uuidString.lowercased())
        let response = try PageHTTP.post(try base + PageHTTP.ui + "/login", form: [("token", token), ("returnUrl", returnUrl)])
        XCTAssertEqual(response.status, 303, response.text)
        XCTAssertEqual(response.headers["Location"], returnUrl)
        XCTAssertEqual(response.setCookies, ["systemtilgang_session=\(token); HttpOnly; SameSite=Lax; Path=/"])
        assertHTMLHeaders(response)
    }

    func test_login_withPid_fetchesTokenFromGenerator_andNamesPersonWithoutReturnUrl() throws {
        let response = try PageHTTP.post(try base + PageHTTP.ui + "/login", form: [("token", ""), ("pid", Self.dress.pid)])
        XCTAssertEqual(response.status, 200, response.text)
        XCTAssertTrue(response.text.contains("DRESS MINST (12838148288)"))
        let cookie = try XCTUnwrap(response.setCookies.first)
        let token = String(cookie.dropFirst("systemtilgang_session=".count).prefix { $0 != ";" })
        XCTAssertEqual(token.split(separator: ".").count, 3)
        // The session works: the unknown request is the Request Service's 404, not a redirect to the login.
        let page = try PageHTTP.get(try base + PageHTTP.confirmPath(UUID().uuidString.lowercased()), cookie: token)
        XCTAssertEqual(page.status, 404)
        XCTAssertTrue(page.text.contains("AUTH-00010"))
        assertHTMLHeaders(page)
    }

    func test_login_refusesInvalidTokens_andBadPid_with400AndNoCookie() throws {
        let lowLevel = try services.personToken(pid: Self.dress.pid, extra: "&authLevel=2")
        for form in [[("token", "garbage")], [("token", lowLevel)], [("pid", "123")], [("pid", "")], []] {
            let response = try PageHTTP.post(try base + PageHTTP.ui + "/login", form: form)
            XCTAssertEqual(response.status, 400, "\(form)")
            XCTAssertEqual(response.setCookies, [], "\(form)")
            XCTAssertTrue(response.text.contains("name=\"token\""), "the form again")
        }
        let refused = try PageHTTP.post(try base + PageHTTP.ui + "/login", form: [("pid", "12838148289")])
        XCTAssertEqual(refused.status, 400, "the generator does not check pid, the verifier does")
    }

    func test_login_refusesReturnUrlOutsideUI_with400() throws {
        for bad in ["https://evil.test/accessmanagement/ui/x", "//evil.test/accessmanagement/ui/x",
                    "/authentication/api/v1/systemuser/request/x", "accessmanagement/ui/x"] {
            XCTAssertEqual(try PageHTTP.get(try base + PageHTTP.ui + "/login?returnUrl=" + PageHTTP.encode(bad)).status, 400, bad)
            let post = try PageHTTP.post(try base + PageHTTP.ui + "/login", form: [("token", try dressToken()), ("returnUrl", bad)])
            XCTAssertEqual(post.status, 400, bad)
            XCTAssertEqual(post.setCookies, [], bad)
        }
    }

    func test_login_escapesReturnUrlInHiddenField() throws {
        let hostile = PageHTTP.ui + "/x\"><script>alert(1)</script>"
        let response = try PageHTTP.get(try base + PageHTTP.ui + "/login?returnUrl=" + PageHTTP.encode(hostile))
        XCTAssertEqual(response.status, 200)
        XCTAssertTrue(response.text.contains("value=\"/accessmanagement/ui/x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""))
        XCTAssertFalse(response.text.contains("<script>"))
    }

    func test_confirm_withSession_checksIdThenCSRF() throws {
        let token = try dressToken()
        XCTAssertEqual(try PageHTTP.get(try base + PageHTTP.ui + "/systemuser/request?id=nope", cookie: token).status, 400)
        XCTAssertEqual(try PageHTTP.get(try base + PageHTTP.ui + "/systemuser/agentrequest", cookie: token).status, 400)
        let path = PageHTTP.confirmPath(UUID().uuidString.lowercased())
        let missing = try PageHTTP.post(try base + path, form: [("action", "approve")], cookie: token)
        XCTAssertEqual(missing.status, 403)
        assertHTMLHeaders(missing)
        let wrong = try PageHTTP.post(try base + path, form: [("action", "approve"), ("csrf", "AAAA")], cookie: token)
        XCTAssertEqual(wrong.status, 403)
        let english = try PageHTTP.post(try base + path, form: [("action", "reject")], cookie: token, language: "en")
        XCTAssertEqual(english.status, 403)
        assertHTMLHeaders(english, language: "en")
    }

    func test_confirm_sessionFailingLaterTokenChecks_gives403Page() throws {
        let lowLevel = try services.personToken(pid: Self.dress.pid, extra: "&authLevel=2")
        let path = PageHTTP.confirmPath(UUID().uuidString.lowercased())
        let low = try PageHTTP.get(try base + path, cookie: lowLevel)
        XCTAssertEqual(low.status, 403)
        XCTAssertTrue(low.text.contains("AUTH-00020"))
        let noScope = try services.personToken(pid: Self.dress.pid, extra: "&scopes=altinn:clientdelegations.read")
        let scope = try PageHTTP.get(try base + path, cookie: noScope)
        XCTAssertEqual(scope.status, 403)
        XCTAssertTrue(scope.text.contains("AUTH-00102"))
    }

    func test_jsonApprove_ignoresSessionCookie() throws {
        let url = try base + ApprovalTestServices.base + "/request/310202398/\(UUID().uuidString.lowercased())/approve"
        let response = try TestHTTP.send(.post, url, headers: PageHTTP.headers(cookie: try dressToken(), language: nil))
        XCTAssertEqual(response.status, 401)
        XCTAssertEqual(response.jsonValue?["code"], "AUTH-00101")
    }

    func test_loggedOut_saysSoAndClearsCookie() throws {
        let nb = try PageHTTP.get(try base + PageHTTP.ui + "/logged-out")
        XCTAssertEqual(nb.status, 200)
        assertHTMLHeaders(nb)
        XCTAssertTrue(nb.text.contains("<h1>Du er logget ut</h1>"))
        XCTAssertEqual(nb.setCookies, [Self.clear])
        let en = try PageHTTP.get(try base + PageHTTP.ui + "/logged-out", language: "en")
        XCTAssertTrue(en.text.contains("<h1>You are logged out</h1>"))
    }

    func test_demoLoginDisabled_loginIs404_andConfirmWithoutSessionIs401() throws {
        let disabled = try approval(["APPROVAL_DEMO_LOGIN": "yes"])
        XCTAssertEqual(try PageHTTP.get(disabled.baseURL + PageHTTP.ui + "/login").status, 404)
        XCTAssertEqual(try PageHTTP.post(disabled.baseURL + PageHTTP.ui + "/login", form: [("pid", Self.dress.pid)]).status, 404)
        let confirm = try PageHTTP.get(disabled.baseURL + PageHTTP.confirmPath(UUID().uuidString.lowercased()))
        XCTAssertEqual(confirm.status, 401)
        XCTAssertTrue(confirm.text.contains("Du må logge inn via portalen"))
        assertHTMLHeaders(confirm)
    }

    func test_httpsPublicURL_addsSecure_andUnreachableGeneratorGives503() throws {
        let deadIssuer = "http://127.0.0.1:\(try FreePort.next())"
        let https = try approval(["APPROVAL_DEMO_LOGIN": "1", "PUBLIC_URL": "https://approval.test",
                                  "TOKEN_ISSUER": deadIssuer])
        let unreachable = try PageHTTP.post(https.baseURL + PageHTTP.ui + "/login", form: [("pid", Self.dress.pid)])
        XCTAssertEqual(unreachable.status, 503)
        XCTAssertEqual(unreachable.setCookies, [])
        let token = try ToolRun.run(ServiceProcess.executable("TokenGenerator"),
                                    ["token", "user", "--pid", Self.dress.pid, "--user-id", "20001"],
                                    environment: ["KEY_DIR": TestKeys.shared.directory.path, "TOKEN_ISSUER": deadIssuer])
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let login = try PageHTTP.post(https.baseURL + PageHTTP.ui + "/login", form: [("token", token)])
        XCTAssertEqual(login.status, 200, login.text)
        XCTAssertEqual(login.setCookies, ["systemtilgang_session=\(token); HttpOnly; SameSite=Lax; Path=/; Secure"])
        let out = try PageHTTP.get(https.baseURL + PageHTTP.ui + "/logged-out")
        XCTAssertEqual(out.setCookies, ["systemtilgang_session=; HttpOnly; SameSite=Lax; Path=/; Secure; Max-Age=0"])
    }
}
