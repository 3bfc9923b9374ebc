import Foundation
@testable import RegistryService
import XCTest

final class UnitFeedTests: XCTestCase {
    private var fixture: RegistryFixture!
    private let now = Date(timeIntervalSince1970: 1_795_430_400)  // 2026-11-23T08:00:00Z

    override func setUpWithError() throws {
        fixture = try RegistryFixture()
        try fixture.appendChanges([
            (at: "2026-11-22T23:59:59.750Z", kind: .enhet, orgnr: "310202398", endringstype: .ny),
            (at: "2026-11-23T00:00:00.000Z", kind: .enhet, orgnr: "315710340", endringstype: .ny),
            (at: "2026-11-23T00:00:01.000Z", kind: .roller, orgnr: "315710340", endringstype: .endring),
            (at: "2026-11-23T10:15:02.250Z", kind: .underenhet, orgnr: "311312294", endringstype: .ny),
            (at: "2026-11-23T10:15:03.000Z", kind: .enhet, orgnr: "315710340", endringstype: .endring),
            (at: "2026-11-23T10:15:04.000Z", kind: .enhet, orgnr: "315710421", endringstype: .fjernet),
        ])
    }

    override func tearDown() {
        fixture = nil
    }

    private func feed(_ query: String, kind: OrganisationForm.UnitKind = .enhet) throws -> UnitFeed.Result {
        let request = try UnitFeedRequest.parse(PublicQuery(query), kind: kind, now: now)
        return try fixture.database.read { try UnitFeed.run(request, in: $0) }
    }

    private func failures(_ query: String) -> [EnhetsregisteretError.Valideringsfeil] {
        do throws(EnhetsregisteretError) {
            _ = try UnitFeedRequest.parse(PublicQuery(query), kind: .enhet, now: now)
            XCTFail("expected 400 for \(query)")
            return []
        } catch {
            return error.valideringsfeil
        }
    }

    func test_feed_startsAtMidnightUTC_whenNoPositionGiven() throws {
        XCTAssertEqual(try feed("").items.map(\.id), [2, 5, 6])
        XCTAssertEqual(try feed("", kind: .underenhet).items.map(\.id), [4])
    }

    func test_feed_appliesIdAndTime_inclusively() throws {
        XCTAssertEqual(try feed("oppdateringsid=1").items.map(\.id), [1, 2, 5, 6])
        XCTAssertEqual(try feed("oppdateringsid=5").items.map(\.id), [5, 6])
        XCTAssertEqual(try feed("dato=2026-11-22T23:59:59.750Z").items.map(\.id), [1, 2, 5, 6])
        XCTAssertEqual(try feed("dato=2026-11-23T10:15:03Z").items.map(\.id), [5, 6])
        XCTAssertEqual(try feed("dato=2026-11-22T00:00:00Z&oppdateringsid=2").items.map(\.id), [2, 5, 6])
    }

    func test_feed_filtersByNumber_andPages() throws {
        XCTAssertEqual(try feed("oppdateringsid=1&organisasjonsnummer=315710340,310202398&size=2").items.map(\.id), [1, 2])
        let second = try feed("oppdateringsid=1&organisasjonsnummer=315710340&organisasjonsnummer=310202398&size=2&page=1")
        XCTAssertEqual(second.items.map(\.id), [5])
        XCTAssertEqual(second.totalElements, 3)
        XCTAssertEqual(try feed("oppdateringsid=1").items.last?.endringstype, "Fjernet")
    }

    func test_parse_listsBadParameters_inTableOrder() {
        let failures = failures("size=0&organisasjonsnummer=310202399&oppdateringsid=0&dato=2026-11-23")
        XCTAssertEqual(failures.map(\.parametere), [["dato"], ["oppdateringsid"], ["organisasjonsnummer"], ["size"]])
        XCTAssertEqual(failures[0].feilmelding, "Ugyldig verdi for dato: 2026-11-23")
        XCTAssertEqual(failures[2].feilmelding, "Organisasjonsnummer 310202399 er ugyldig")
        XCTAssertEqual(self.failures("dato=2026-02-30T00:00:00.000Z").count, 1)
        XCTAssertEqual(self.failures("dato=2026-11-23T24:00:00.000Z").count, 1)
        XCTAssertEqual(self.failures("dato=2026-11-23T10:00:00.12Z").count, 1)
        XCTAssertEqual(self.failures("page=10000").first?.parametere, ["page", "size"])
    }

    func test_render_omitsLinks_forFjernet() throws {
        let result = try feed("oppdateringsid=5")
        let links = PageLinks(publicURL: "http://h", path: "/enhetsregisteret/api/oppdateringer/enheter",
                              rawQuery: "oppdateringsid=5", request: PageRequest(page: 0, size: 20),
                              totalElements: result.totalElements)
        let response = UnitFeedResponse(kind: .enhet, result: result, links: links, href: UnitHref(publicURL: "http://h"))
        let text = String(decoding: response.encoded(), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix(#"{"_embedded":{"oppdaterteEnheter":[{"oppdateringsid":5,"dato":"2026-11-23T10:15:03.000Z","organisasjonsnummer":"315710340","endringstype":"Endring","_links":{"enhet":{"href":"http://h/enhetsregisteret/api/enheter/315710340"}}},{"oppdateringsid":6,"dato":"2026-11-23T10:15:04.000Z","organisasjonsnummer":"315710421","endringstype":"Fjernet"}]}"#), text)
    }
}
