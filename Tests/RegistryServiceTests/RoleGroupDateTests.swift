@testable import RegistryService
import XCTest

/// `sistEndret` per role group after a roles write (`registry.md` §3.5).
final class RoleGroupDateTests: XCTestCase {
    private func role(_ type: String, _ orgnr: String, fratraadt: Bool = false) -> RoleRecord {
        RoleRecord(type: type, holder: .organisation(orgnr), fratraadt: fratraadt, avregistrert: false, extra: nil)
    }

    func test_groupDates_keepDateOfUnchangedGroup_andDateChangedOrNewGroups() {
        let old = [role("DAGL", "310202398"), role("LEDE", "314250052"), role("MEDL", "315602122")]
        let new = [role("DAGL", "310202398"), role("LEDE", "314250052"), role("MEDL", "315602122", fratraadt: true),
                   role("REGN", "314250052")]
        let dates = RoleSetWriter.groupDates(old: old, new: new, oldDates: ["DAGL": "2020-01-01", "STYR": "2021-01-01"],
                                             today: "2026-11-23")
        XCTAssertEqual(dates, ["DAGL": "2020-01-01", "STYR": "2026-11-23", "REGN": "2026-11-23"])
    }

    func test_groupDates_dropRemovedGroups() {
        let dates = RoleSetWriter.groupDates(old: [role("REVI", "314250052")], new: [], oldDates: ["REVI": "2020-01-01"],
                                             today: "2026-11-23")
        XCTAssertEqual(dates, [:])
    }

    func test_rekkefolge_countsPositionWithinGroup() {
        let records = [role("LEDE", "1"), role("DAGL", "2"), role("MEDL", "3"), role("MEDL", "4")]
        XCTAssertEqual(records.indices.map { RoleStore.rekkefolge(of: $0, in: records) }, [0, 0, 1, 2])
    }
}
