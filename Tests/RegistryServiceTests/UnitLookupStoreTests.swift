@testable import RegistryService
import Scenario
import SQLite
import XCTest

/// `UnitStore.lookupAnswer` (one autocommit read, an active unit rendered from the row in place) must
/// answer exactly as rendering the full `UnitRow` read that the writers and feeds use.
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

    func test_lookupAnswer_rendersLikeFullRow_forActiveDeletedRemovedAndUnderenhet_andRefusesTheOtherKind() throws {
        let fixture = try scenarioFixture()
        for orgnr in Self.scenarioUnits {
            let row = try XCTUnwrap(fixture.database.read { try UnitStore.find($0, orgnr) }, orgnr)
            let answer = try XCTUnwrap(UnitStore.lookupAnswer(fixture.database, orgnr, kind: row.kind,
                                                              rendering: rendering), orgnr)
            let expected = rendering.lookup(row)
            XCTAssertEqual(answer.status, expected.status, orgnr)
            XCTAssertEqual(String(decoding: answer.body, as: UTF8.self), String(decoding: expected.body, as: UTF8.self), orgnr)
            let other: OrganisationForm.UnitKind = row.kind == .enhet ? .underenhet : .enhet
            XCTAssertNil(try UnitStore.lookupAnswer(fixture.database, orgnr, kind: other, rendering: rendering), orgnr)
        }
    }

    func test_lookupAnswer_returnsNil_forUnknownOrNonNumericNumber() throws {
        let fixture = try scenarioFixture()
        XCTAssertNil(try UnitStore.lookupAnswer(fixture.database, "999999999", kind: .enhet, rendering: rendering))
        XCTAssertNil(try UnitStore.lookupAnswer(fixture.database, "abc", kind: .enhet, rendering: rendering))
    }
}
