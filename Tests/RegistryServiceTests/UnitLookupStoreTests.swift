@testable import RegistryService
import Scenario
import SQLite
import XCTest

/// `UnitStore.lookup` (one autocommit read, the document as bytes) must render exactly as the full
/// `UnitRow` read that the writers and feeds use.
final class UnitLookupStoreTests: XCTestCase {
    func test_lookup_rendersLikeFullRow_forActiveDeletedRemovedAndUnderenhet() throws {
        let fixture = try RegistryFixture()
        try fixture.loadScenario()
        let rendering = UnitRendering(publicURL: "http://h:1")
        for orgnr in [RegistryScenario.diskretNaerTiger, RegistryScenario.diskretNaerTigerUnderenhet,
                      RegistryScenario.gammelGlemtUlv, RegistryScenario.fjernetHemmeligRav] {
            let stored = try XCTUnwrap(UnitStore.lookup(fixture.database, orgnr), orgnr)
            let row = try XCTUnwrap(fixture.database.read { try UnitStore.find($0, orgnr) }, orgnr)
            XCTAssertEqual(stored.kind, row.kind, orgnr)
            XCTAssertEqual(stored.status, row.status, orgnr)
            XCTAssertEqual(stored.documentBytes, Array(row.document.utf8), orgnr)
            let (storedStatus, storedBody) = rendering.lookup(stored)
            let (rowStatus, rowBody) = rendering.lookup(row)
            XCTAssertEqual(storedStatus, rowStatus, orgnr)
            XCTAssertEqual(String(decoding: storedBody, as: UTF8.self), String(decoding: rowBody, as: UTF8.self), orgnr)
        }
    }

    func test_lookup_returnsNil_forUnknownOrNonNumericNumber() throws {
        let fixture = try RegistryFixture()
        try fixture.loadScenario()
        XCTAssertNil(try UnitStore.lookup(fixture.database, "999999999"))
        XCTAssertNil(try UnitStore.lookup(fixture.database, "abc"))
    }
}
