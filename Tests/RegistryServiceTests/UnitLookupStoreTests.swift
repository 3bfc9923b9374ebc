@testable import RegistryService
import Scenario
import SQLite
import XCTest

/// `UnitStore.lookup` (one autocommit read, the document as bytes) must render exactly as the full
/// `UnitRow` read that the writers and feeds use.
final class UnitLookupStoreTests: XCTestCase {
    /// An active enhet, an underenhet, a deleted and a removed unit of the scenario.
    private static let scenarioUnits = [RegistryScenario.diskretNaerTiger, RegistryScenario.diskretNaerTigerUnderenhet,
                                        RegistryScenario.gammelGlemtUlv, RegistryScenario.fjernetHemmeligRav]
    private let rendering = UnitRendering(publicURL: "http://h:1")

    private func scenarioFixture() throws -> RegistryFixture {
        let fixture = try RegistryFixture()
        try fixture.loadScenario()
        return fixture
    }

    func test_lookup_rendersLikeFullRow_forActiveDeletedRemovedAndUnderenhet() throws {
        let fixture = try scenarioFixture()
        for orgnr in Self.scenarioUnits {
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

    func test_lookupAnswer_rendersAsTheStoredUnit_andRefusesTheOtherKind() throws {
        let fixture = try scenarioFixture()
        for orgnr in Self.scenarioUnits {
            let stored = try XCTUnwrap(UnitStore.lookup(fixture.database, orgnr), orgnr)
            let other: OrganisationForm.UnitKind = stored.kind == .enhet ? .underenhet : .enhet
            let answer = try XCTUnwrap(UnitStore.lookupAnswer(fixture.database, orgnr, kind: stored.kind,
                                                              rendering: rendering), orgnr)
            let expected = rendering.lookup(stored)
            XCTAssertEqual(answer.status, expected.status, orgnr)
            XCTAssertEqual(String(decoding: answer.body, as: UTF8.self), String(decoding: expected.body, as: UTF8.self), orgnr)
            XCTAssertNil(try UnitStore.lookupAnswer(fixture.database, orgnr, kind: other, rendering: rendering), orgnr)
        }
        XCTAssertNil(try UnitStore.lookupAnswer(fixture.database, "999999999", kind: .enhet, rendering: rendering))
    }

    func test_lookup_returnsNil_forUnknownOrNonNumericNumber() throws {
        let fixture = try scenarioFixture()
        XCTAssertNil(try UnitStore.lookup(fixture.database, "999999999"))
        XCTAssertNil(try UnitStore.lookup(fixture.database, "abc"))
    }
}
