import Foundation
import HTTPClient
import XCTest

/// The confirm page over HTTP with every real service (`approval.md` §9, §11 "Approval page"): it needs the
/// Client Delegation Service's `/internal/rights`.
final class ApprovalPageJourneyTests: XCTestCase {
    nonisolated(unsafe) static var shared: PageTestServices?

    var services: PageTestServices {
        get throws {
            if let services = Self.shared { return services }
            let services = try PageTestServices()
            Self.shared = services
            return services
        }
    }

    override func setUpWithError() throws {
        try super.setUpWithError()
    }

    override class func tearDown() {
        shared?.stop()
        shared = nil
        super.tearDown()
    }

    /// The demo login by fødselsnummer; returns the session cookie's token.
    private func login(_ pid: String) throws -> String {
        let response = try PageHTTP.post(try services.approval.baseURL + PageHTTP.ui + "/login", form: [("pid", pid)])
        XCTAssertEqual(response.status, 200, response.text)
        let cookie = response.setCookies.first ?? ""
        return String(cookie.dropFirst("systemtilgang_session=".count).prefix { $0 != ";" })
    }

    func test_dressMinst_approvesWithGodkjenn_andIsSentToVendorLoggedOut() throws {
        let id = try services.createRequest()
        let url = try services.approval.baseURL + PageHTTP.confirmPath(id)
        let session = try login("12838148288")
        let page = try PageHTTP.get(url, cookie: session)
        XCTAssertEqual(page.status, 200, page.text)
        for expected in ["SMARTCLOUD AS (org.nr. 315602122)", "DISKRET NÆR TIGER AS (org.nr. 310202398)", "<dd>SmartCloud</dd>",
                         "(ske-krav-og-betalinger)", ">Godkjenn</button>", ">Avvis</button>"] {
            XCTAssertTrue(page.text.contains(expected), expected)
        }
        let english = try PageHTTP.get(url, cookie: session, language: "en")
        XCTAssertTrue(english.text.contains(">Approve</button>") && english.text.contains("<html lang=\"en\">"))
        let csrf = try XCTUnwrap(PageHTTP.csrf(in: page.text))
        XCTAssertEqual(try PageHTTP.post(url, form: [("csrf", csrf), ("action", "sign")], cookie: session).status, 400)
        XCTAssertEqual(try PageHTTP.post(url, form: [("action", "approve")], cookie: session).status, 403)
        let approved = try PageHTTP.post(url, form: [("csrf", csrf), ("action", "approve")], cookie: session)
        XCTAssertEqual(approved.status, 303, approved.text)
        XCTAssertEqual(approved.headers["Location"], "https://smartcloud.example/receipt?kunde=page")
        XCTAssertEqual(approved.setCookies, ["systemtilgang_session=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0"])
        let after = try PageHTTP.get(url, cookie: session)
        XCTAssertTrue(after.text.contains("Forespørselen er allerede godkjent."))
        let again = try PageHTTP.post(url, form: [("csrf", csrf), ("action", "approve")], cookie: session)
        XCTAssertEqual(again.status, 409)
        XCTAssertTrue(again.text.contains("allerede godkjent"))
    }

    func test_sindigBlyant_seesMissingRight_getsAUTH00016Page_andForwards() throws {
        let id = try services.createRequest(party: "310904473", redirect: nil, rights: ["ske-krav-og-betalinger", "a-melding"])
        let url = try services.approval.baseURL + PageHTTP.confirmPath(id)
        let session = try login("02829241792")
        let page = try PageHTTP.get(url, cookie: session)
        XCTAssertTrue(page.text.contains("(a-melding)</span><span class=\"missing\">Mangler</span>"), page.text)
        XCTAssertTrue(page.text.contains(">Ja, send videre</button>"))
        XCTAssertFalse(page.text.contains("value=\"approve\""))
        let csrf = try XCTUnwrap(PageHTTP.csrf(in: page.text))
        let refused = try PageHTTP.post(url, form: [("csrf", csrf), ("action", "approve")], cookie: session)
        XCTAssertEqual(refused.status, 403)
        XCTAssertTrue(refused.text.contains("AUTH-00016") && refused.text.contains("Dette mangler du:"))
        let forwarded = try PageHTTP.post(url, form: [("csrf", csrf), ("action", "escalate")], cookie: session)
        XCTAssertEqual(forwarded.status, 303)
        XCTAssertEqual(forwarded.headers["Location"], "http://portal.test/logged-out")
    }
}
