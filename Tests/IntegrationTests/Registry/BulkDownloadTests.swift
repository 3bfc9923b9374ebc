import Compression
import Foundation
import HTTPClient
import JSON
import XCTest

/// The bulk downloads (`registry.md` §3.8), on the scenario data: streamed gzip of one JSON array each.
final class BulkDownloadTests: RegistryTestCase {

    /// The elements of a downloaded gzip JSON array, read as `import` reads them.
    private func elements(_ response: ClientResponse) throws -> [JSONValue] {
        let json = try GzipReader.decompress(response.body)
        var sent = false
        var reader = JSONArrayStreamReader {
            defer { sent = true }
            return sent ? nil : json[...]
        }
        var values: [JSONValue] = []
        while let element = try reader.next() { values.append(element.value) }
        return values
    }

    func test_enheterLastned_streamsEveryActiveEnhet_withoutLinks() throws {
        let response = try registry.get("/enhetsregisteret/api/enheter/lastned")
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.headers["Content-Type"], "application/gzip")
        XCTAssertEqual(response.headers["Transfer-Encoding"]?.lowercased(), "chunked")
        let units = try elements(response)
        let numbers = units.compactMap { $0["organisasjonsnummer"]?.stringValue }
        let expected = RegistryScenario.units.map(\.organisasjonsnummer)
            .filter { $0 != RegistryScenario.gammelGlemtUlv && $0 != RegistryScenario.fjernetHemmeligRav }.sorted()
        XCTAssertEqual(numbers, expected, "active enheter only, in number order")
        XCTAssertTrue(units.allSatisfy { $0["_links"] == nil && $0["organisasjonsform"]?["_links"] == nil })
        XCTAssertEqual(units.first { $0["organisasjonsnummer"] == "310202398" }?["navn"], "DISKRET NÆR TIGER AS")
    }

    func test_underenheterLastned_streamsActiveUnderenheter_withVendorType() throws {
        let vendor = "application/vnd.brreg.enhetsregisteret.underenhet.v2+gzip"
        let response = try registry.get("/enhetsregisteret/api/underenheter/lastned", accept: vendor)
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.headers["Content-Type"], vendor)
        let units = try elements(response)
        XCTAssertEqual(units.compactMap { $0["organisasjonsnummer"]?.stringValue }, ["311312294"])
        XCTAssertEqual(units.first?["overordnetEnhet"], "310202398")
    }

    func test_rollerTotalbestand_listsActiveEnheterWithRoles_andRevealsNumbersOnlyToPlatform() throws {
        let anonymous = try elements(try registry.get("/enhetsregisteret/api/roller/totalbestand"))
        let numbers = anonymous.compactMap { $0["organisasjonsnummer"]?.stringValue }
        XCTAssertEqual(numbers, RegistryScenario.unitsWithRoles.filter { $0 != RegistryScenario.gammelGlemtUlv }.sorted())
        let kvikk = try XCTUnwrap(anonymous.first { $0["organisasjonsnummer"] == "315710340" })
        let groups = kvikk["rollegrupper"]?.arrayValue ?? []
        XCTAssertEqual(groups.compactMap { $0["type"]?["kode"]?.stringValue }, ["DAGL", "REGN"])
        let dagl = try XCTUnwrap(groups.first?["roller"]?[0])
        XCTAssertEqual(dagl["person"]?["navn"]?["fornavn"], "RASK")
        XCTAssertNil(dagl["person"]?["fodselsnummer"])
        XCTAssertNil(dagl["type"]?["_links"])
        XCTAssertNil(groups.last?["roller"]?[0]?["enhet"]?["_links"])
        XCTAssertNil(kvikk["_links"])

        let platform = try elements(try registry.get("/enhetsregisteret/api/roller/totalbestand",
                                                     token: registry.platformToken))
        let revealed = platform.first { $0["organisasjonsnummer"] == "315710340" }?["rollegrupper"]?[0]?["roller"]?[0]
        XCTAssertEqual(revealed?["person"]?["fodselsnummer"], "11927748950")
    }

    func test_downloads_refuseJSONAccept_with406() throws {
        for path in ["/enhetsregisteret/api/enheter/lastned", "/enhetsregisteret/api/roller/totalbestand"] {
            let response = try registry.get(path, accept: "application/json")
            XCTAssertEqual(response.status, 406, path)
            XCTAssertEqual(response.headers["Content-Type"], "application/json;charset=UTF-8", path)
        }
    }
}
