@testable import RegistryService
import Scenario
import SQLite
import XCTest

/// The reverse role lookup reads only the two covering indexes of schema version 3 (no `roles` or
/// `units` table rows), and answers the scenario's holders as before.
final class HeldRoleQueryTests: XCTestCase {
    func test_query_usesCoveringIndexesOnly() throws {
        let fixture = try RegistryFixture()
        let plan = try fixture.database.read { connection in
            try connection.query("EXPLAIN QUERY PLAN " + HeldRole.sql, ["1"]).map { try $0[3] as String }
        }
        XCTAssertEqual(plan.count, 2, "\(plan)")
        XCTAssertTrue(plan.contains { $0.contains("COVERING INDEX roles_holder") }, "\(plan)")
        XCTAssertTrue(plan.contains { $0.contains("COVERING INDEX units_summary") }, "\(plan)")
    }

    func test_all_listsEveryRoleOfAHolder_withItsUnit_orderedByUnitThenType() throws {
        let fixture = try RegistryFixture()
        try fixture.loadScenario()
        let firm = RegistryScenario.units[0].organisasjonsnummer
        let person = PersonHolder(fodselsnummer: "01017012345", fodselsdato: "1970-01-01", fornavn: "KARI",
                                  mellomnavn: nil, etternavn: "NORDMANN", erDoed: false)
        try fixture.database.write { connection in
            for (index, unit) in RegistryScenario.units.dropFirst().enumerated() {
                var records = [RoleRecord(type: "REGN", holder: .organisation(firm), fratraadt: false,
                                          avregistrert: false, extra: nil)]
                if index % 2 == 0 {
                    records.append(RoleRecord(type: "DAGL", holder: .person(person), fratraadt: index % 4 == 0,
                                              avregistrert: false, extra: nil))
                }
                try RoleStore.replace(connection, unit: unit.organisasjonsnummer, with: records, dates: [:],
                                      changeId: Int64(index + 1))
            }
        }
        let holders = try fixture.database.read { connection in
            try connection.query("SELECT DISTINCT holder FROM roles WHERE holder IS NOT NULL").map { try $0[0] as String }
        }
        XCTAssertFalse(holders.isEmpty)
        for holder in holders {
            let roles = try fixture.database.read { try HeldRole.all($0, holder: holder) }
            let expected = try fixture.database.read { connection in
                try connection.query("""
                    SELECT r.unit, r.type, u.navn, u.form, u.status FROM roles r NOT INDEXED
                    JOIN units u NOT INDEXED ON u.orgnr = r.unit WHERE r.holder = ? ORDER BY r.unit, r.type
                    """, [holder]).map { "\(try $0[0] as String) \(try $0[1] as String) \(try $0[2] as String) \(try $0[3] as String) \(try $0[4] as String)" }
            }
            XCTAssertEqual(roles.map { "\($0.unit) \($0.record.type) \($0.unitName) \($0.unitForm) \($0.unitStatus.rawValue)" },
                           expected, holder)
        }
    }
}
