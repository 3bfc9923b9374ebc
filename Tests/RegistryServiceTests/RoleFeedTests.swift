import Foundation
@testable import RegistryService
import XCTest

final class RoleFeedTests: XCTestCase {
    private var fixture: RegistryFixture!
    private let now = Date(timeIntervalSince1970: 1_795_430_400)  // 2026-11-23T08:00:00Z

    override func setUpWithError() throws {
        fixture = try RegistryFixture()
        try fixture.appendChanges([
            (at: "2026-11-22T12:00:00.000Z", kind: .roller, orgnr: "310202398", endringstype: .endring),
            (at: "2026-11-23T00:00:00.000Z", kind: .roller, orgnr: "315710340", endringstype: .endring),
            (at: "2026-11-23T01:00:00.000Z", kind: .enhet, orgnr: "315710340", endringstype: .endring),
            (at: "2026-11-23T10:15:03.250Z", kind: .roller, orgnr: "315710359", endringstype: .endring),
        ])
    }

    override func tearDown() {
        fixture = nil
    }

    private func ids(_ query: String) throws -> [Int64] {
        let request = try RoleFeedRequest.parse(PublicQuery(query), now: now)
        return try fixture.database.read { try RoleFeed.run(request, in: $0) }.map(\.id)
    }

    func test_feed_startsToday_andExcludesAfterBounds() throws {
        XCTAssertEqual(try ids(""), [2, 4])
        XCTAssertEqual(try ids("afterId=0"), [1, 2, 4])
        XCTAssertEqual(try ids("afterId=2"), [4])
        XCTAssertEqual(try ids("afterTime=2026-11-23T00:00:00Z"), [4])
        XCTAssertEqual(try ids("afterId=0&afterTime=2026-11-22T12:00:00.000Z&size=1"), [2])
    }

    func test_parse_rejectsBadValues_withEnhetsregisteretBody() {
        do throws(EnhetsregisteretError) {
            _ = try RoleFeedRequest.parse(PublicQuery("afterId=-1&afterTime=yesterday&size=10001"), now: now)
            XCTFail("expected 400")
        } catch {
            XCTAssertEqual(error.status, 400)
            XCTAssertEqual(error.valideringsfeil.map(\.feilmelding), ["Ugyldig verdi for afterId: -1",
                                                                      "Ugyldig verdi for afterTime: yesterday",
                                                                      "Ugyldig verdi for size: 10001"])
        }
    }

    func test_encoded_writesCloudEvents() throws {
        let items = [ChangeFeedItem(id: 42, at: "2026-11-23T10:15:03.001Z", organisasjonsnummer: "315710340",
                                    endringstype: "Endring")]
        let href = UnitHref(publicURL: "http://127.0.0.1:8081")
        XCTAssertEqual(String(decoding: RoleFeed.encoded(items, href: href), as: UTF8.self),
                       #"[{"specversion":"1.0","id":"42","source":"http://127.0.0.1:8081/enhetsregisteret/api/enheter/315710340/roller","type":"no.brreg.enhetsregisteret.rolle.oppdatert","time":"2026-11-23T10:15:03.001Z","datacontenttype":"application/json","data":{"organisasjonsnummer":"315710340"}}]"#)
        XCTAssertEqual(RoleFeed.encoded([], href: UnitHref(publicURL: "x")), Array("[]".utf8))
    }
}
