@testable import ApprovalService
import Auth
import HTTPClient
import HTTPServer
import JSON
import XCTest

/// The confirm page's GET and POST on the real workflow over peer fakes (`approval.md` §9, §5.1, §4, §5.2,
/// §5.3): what is shown, which buttons, the 303 with the cookie cleared, and the error pages.
final class PageFlowTests: XCTestCase {
    static let secret = [UInt8](repeating: 7, count: 32)
    var fixture: ApprovalFixture!

    override func setUpWithError() throws {
        fixture = try ApprovalFixture()
    }

    private func page(demoLogin: Bool = false) -> ApprovalPage {
        let persons = ["dress": ApprovalFixture.dress, "sindig": ApprovalFixture.sindig,
                       "praktikant": ApprovalFixture.praktikant]
        let sessions = SessionCheck { token in
            if token == "vendor" {
                return .vendor(VendorPrincipal(organizationNumber: "315602122", clientId: "c", scopes: []))
            }
            guard let person = persons[token] ?? (token == "low" ? ApprovalFixture.dress : nil) else {
                throw AuthError.invalidToken(detail: "unknown test token")
            }
            return .user(UserPrincipal(pid: person.pid, userId: person.userId, authLevel: token == "low" ? 2 : 3,
                                       scopes: [AuthScope.portalEndUser]))
        }
        return ApprovalPage(workflow: fixture.workflow, decisions: DecisionMetrics(metrics: nil), sessions: sessions,
                            csrf: CSRFGuard(secret: Self.secret), cookie: SessionCookie(publicURL: "http://127.0.0.1"),
                            demoLogin: demoLogin ? PersonalTokenSource(issuer: "http://127.0.0.1:9",
                                                                       client: HTTPClient(peer: "tokens")) : nil)
    }

    private func send(_ method: HTTPMethod = .get, id: String, as token: String?, agent: Bool = false,
                      form: String? = nil, language: String? = nil, demoLogin: Bool = false) -> HTTPResponse {
        var headers = HTTPHeaders()
        if let token { headers.add("Cookie", "a=b; systemtilgang_session=\(token)") }
        if let language { headers.add("Accept-Language", language) }
        if form != nil { headers.add("Content-Type", "application/x-www-form-urlencoded") }
        let target = "/accessmanagement/ui/systemuser/\(agent ? "agentrequest" : "request")?id=\(id)&DONTCHOOSEREPORTEE=true"
        let request = HTTPRequest(method: method, target: target, headers: headers, body: Array((form ?? "").utf8))
        return page(demoLogin: demoLogin).confirm(request, RequestContext(requestId: "t", remoteAddress: "test"), agent: agent)
    }

    private func csrf(_ token: String, _ id: String) -> String {
        CSRFGuard(secret: Self.secret).token(cookie: token, requestId: id)
    }

    func test_get_showsWhoAsksWhatAndApproveRejectButtons_forAccessManagerHoldingAll() throws {
        let id = fixture.addRequest(rights: ["ske-krav-og-betalinger", "a-melding"])
        let response = send(id: id, as: "dress")
        XCTAssertEqual(response.status, 200)
        let html = response.html
        for expected in ["<html lang=\"nb\">", "SMARTCLOUD AS (org.nr. 315602122)", "DISKRET NÆR TIGER AS (org.nr. 310202398)",
                         "<dd>SmartCloud</dd>", "(ske-krav-og-betalinger)", "(a-melding)", "value=\"approve\"",
                         ">Godkjenn</button>", ">Avvis</button>",
                         "name=\"csrf\" value=\"\(csrf("dress", id))\""] {
            XCTAssertTrue(html.contains(expected), expected)
        }
        XCTAssertFalse(html.contains("escalate"))
        XCTAssertFalse(html.contains("Mangler"))
        XCTAssertEqual(response.headers["Content-Language"], "nb")
    }

    func test_get_marksMissingItems_andOffersForward_whenAccessManagerLacksARight() throws {
        let id = fixture.addRequest(rights: ["ske-krav-og-betalinger", "a-melding"])
        let html = send(id: id, as: "sindig").html
        XCTAssertTrue(html.contains("(a-melding)</span><span class=\"missing\">Mangler</span>"))
        XCTAssertFalse(html.contains("(ske-krav-og-betalinger)</span><span class=\"missing\">"))
        XCTAssertTrue(html.contains(">Ja, send videre</button>"))
        XCTAssertTrue(html.contains(">Avvis</button>"))
        XCTAssertFalse(html.contains("value=\"approve\""))
        let english = send(id: id, as: "sindig", language: "en")
        XCTAssertEqual(english.headers["Content-Language"], "en")
        XCTAssertTrue(english.html.contains("<html lang=\"en\">"))
        XCTAssertTrue(english.html.contains("<span class=\"missing\">Missing</span>"))
        XCTAssertTrue(english.html.contains(">Yes, forward</button>") && english.html.contains(">Reject</button>"))
    }

    func test_get_offersOnlyForward_toPersonWhoIsNotAccessManager() throws {
        let id = fixture.addRequest()
        let html = send(id: id, as: "praktikant").html
        XCTAssertTrue(html.contains("value=\"escalate\""))
        XCTAssertFalse(html.contains("value=\"approve\"") || html.contains("value=\"reject\""))
    }

    func test_get_agentRequest_namesPackagesInChosenLanguage() throws {
        let id = fixture.addRequest(type: "agent", rights: [], packages: ["regnskapsforer-lonn"])
        let nb = send(id: id, as: "dress", agent: true)
        XCTAssertEqual(nb.status, 200)
        XCTAssertTrue(nb.html.contains("<h2>Tilgangspakker</h2><ul><li>Regnskapsfører lønn</li></ul>"), nb.html)
        XCTAssertTrue(send(id: id, as: "dress", agent: true, language: "en").html.contains("<li>Accountant salary</li>"))
        XCTAssertEqual(send(id: id, as: "dress").status, 404, "a standard route does not show an agent request")
    }

    func test_get_showsStatusBannerWithoutForm_whenRequestIsNotNew() throws {
        for (status, sentence) in [("Accepted", "allerede godkjent"), ("Rejected", "avvist"), ("Timedout", "utløpt")] {
            let html = send(id: fixture.addRequest(status: status), as: "dress").html
            XCTAssertTrue(html.contains(sentence), status)
            XCTAssertFalse(html.contains("<form"), status)
        }
    }

    func test_get_escapesRegistryNames() throws {
        fixture.registry.add(ApprovalFixture.party, name: "<script>alert(1)</script>")
        let html = send(id: fixture.addRequest(), as: "dress").html
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertFalse(html.contains("<script>"))
    }

    func test_post_approve_redirectsToVendorWithCookieCleared() throws {
        let id = fixture.addRequest()
        let response = send(.post, id: id, as: "dress", form: "csrf=\(csrf("dress", id))&action=approve")
        XCTAssertEqual(response.status, 303)
        XCTAssertEqual(response.headers["Location"], "https://smartcloud.example/receipt?kunde=0042")
        XCTAssertEqual(response.headers["Set-Cookie"], "systemtilgang_session=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0")
        XCTAssertEqual(fixture.requests.status(of: id), "Accepted")
        let again = send(.post, id: id, as: "dress", form: "csrf=\(csrf("dress", id))&action=approve")
        XCTAssertEqual(again.status, 409)
        XCTAssertTrue(again.html.contains("allerede godkjent"))
    }

    func test_post_rejectAndEscalate_redirectToLoggedOutWithoutVendorURL() throws {
        let rejected = fixture.addRequest(redirect: nil)
        let reject = send(.post, id: rejected, as: "dress", form: "action=reject&csrf=\(csrf("dress", rejected))")
        XCTAssertEqual(reject.status, 303)
        XCTAssertEqual(reject.headers["Location"], ApprovalFixture.loggedOut)
        XCTAssertEqual(fixture.requests.status(of: rejected), "Rejected")
        let forwarded = fixture.addRequest()
        let escalate = send(.post, id: forwarded, as: "praktikant", form: "action=escalate&csrf=\(csrf("praktikant", forwarded))")
        XCTAssertEqual(escalate.status, 303)
        XCTAssertEqual(escalate.headers["Location"], "https://smartcloud.example/receipt?kunde=0042")
    }

    func test_post_missingRight_showsPageAgainWith403AndMissingItems() throws {
        let id = fixture.addRequest(rights: ["ske-krav-og-betalinger", "a-melding"])
        let response = send(.post, id: id, as: "sindig", form: "csrf=\(csrf("sindig", id))&action=approve")
        XCTAssertEqual(response.status, 403)
        let html = response.html
        XCTAssertTrue(html.contains("DelegationCheck failed with error"))
        XCTAssertTrue(html.contains("AUTH-00016"))
        XCTAssertTrue(html.contains("Dette mangler du:</p><ul><li>"))
        XCTAssertTrue(html.contains(">Ja, send videre</button>"), "the page again, with its buttons")
        XCTAssertEqual(fixture.requests.status(of: id), "New")
    }

    func test_post_refusesMissingOrWrongCSRF_with403_andBadAction_with400() throws {
        let id = fixture.addRequest()
        XCTAssertEqual(send(.post, id: id, as: "dress", form: "action=approve").status, 403)
        XCTAssertEqual(send(.post, id: id, as: "dress", form: "action=approve&csrf=\(csrf("sindig", id))").status, 403)
        XCTAssertEqual(send(.post, id: id, as: "dress", form: "action=approve&csrf=\(csrf("dress", UUID().uuidString.lowercased()))").status, 403)
        XCTAssertEqual(send(.post, id: id, as: "dress", form: "csrf=\(csrf("dress", id))").status, 400)
        XCTAssertEqual(send(.post, id: id, as: "dress", form: "csrf=\(csrf("dress", id))&action=delete").status, 400)
        XCTAssertEqual(fixture.requests.status(of: id), "New")
    }

    func test_noSession_is401WithoutDemoLogin_and303ToLoginWithIt() throws {
        let id = fixture.addRequest()
        let refused = send(id: id, as: nil)
        XCTAssertEqual(refused.status, 401)
        XCTAssertTrue(refused.html.contains("logge inn via portalen"))
        XCTAssertNil(refused.headers["Set-Cookie"])
        let invalid = send(.post, id: id, as: "forged", form: "action=approve", demoLogin: true)
        XCTAssertEqual(invalid.status, 303)
        XCTAssertEqual(invalid.headers["Location"], "/accessmanagement/ui/login?returnUrl="
                       + "%2Faccessmanagement%2Fui%2Fsystemuser%2Frequest%3Fid%3D\(id)%26DONTCHOOSEREPORTEE%3Dtrue")
        XCTAssertEqual(invalid.headers["Set-Cookie"], "systemtilgang_session=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0")
    }

    func test_sessionFailingLaterChecks_gives403Page() throws {
        let id = fixture.addRequest()
        XCTAssertEqual(send(id: id, as: "low").status, 403)
        XCTAssertTrue(send(id: id, as: "low").html.contains("AUTH-00020"))
        XCTAssertTrue(send(id: id, as: "vendor").html.contains("AUTH-00102"))
    }

    func test_badId_gives400_andUnknownRequest_404() throws {
        XCTAssertEqual(send(id: "nope", as: "dress").status, 400)
        let unknown = send(id: UUID().uuidString.lowercased(), as: "dress")
        XCTAssertEqual(unknown.status, 404)
        XCTAssertTrue(unknown.html.contains("AUTH-00010"))
    }
}

extension HTTPResponse {
    var html: String { String(decoding: bodyBytes, as: UTF8.self) }
}
