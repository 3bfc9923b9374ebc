@testable import RegistryService
import JSON
import Scenario
import SQLite
import XCTest

/// The reverse role lookup reads the covering index `roles_holder` (no `roles` table rows) and each unit
/// by rowid, and answers the scenario's holders as before.
final class HeldRoleQueryTests: XCTestCase {
    func test_query_usesCoveringHolderIndex_andUnitRowid() throws {
        let fixture = try RegistryFixture()
        let plan = try fixture.database.read { connection in
            try connection.query("EXPLAIN QUERY PLAN " + HeldRole.sql, ["1"]).map { try $0[3] as String }
        }
        XCTAssertEqual(plan.count, 2, "\(plan)")
        XCTAssertTrue(plan.contains { $0.contains("COVERING INDEX roles_holder") }, "\(plan)")
        XCTAssertTrue(plan.contains { $0.contains("SEARCH u USING INTEGER PRIMARY KEY (rowid=?)") }, "\(plan)")
    }

    func test_answer_listsEveryRoleOfAHolder_withItsUnit_orderedByUnitThenType() throws {
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
            let subject: RolesQuery.Subject = holder.count == 11 ? .person(holder) : .organisation(holder)
            let body = try fixture.database.read {
                try HolderRolesAnswer.body($0, subject, holder: holder, includeInactive: true, position: 0)
            }
            let answer = try JSONValue.parse(body)
            let roles = (answer["roles"]?.arrayValue ?? []).map { role in
                ["organisasjonsnummer", "navn", "organisasjonsform"].map { role["unit"]?[$0]?.stringValue ?? "-" }
                    .joined(separator: " ") + " " + (role["role"]?.stringValue ?? "-")
                    + " " + (role["active"]?.boolValue == true ? "active" : role["inactiveReason"]?.stringValue ?? "-")
            }
            let expected = try fixture.database.read { connection in
                try connection.query("""
                    SELECT r.unit, u.navn, u.form, r.type, CASE WHEN r.fratraadt THEN 'fratraadt' WHEN u.status <> 'active' THEN 'unit-deleted' ELSE 'active' END
                    FROM roles r NOT INDEXED JOIN units u NOT INDEXED ON u.orgnr = r.unit
                    WHERE r.holder = ? ORDER BY r.unit, r.type
                    """, [holder]).map { row in try (0..<5).map { try row[$0] as String }.joined(separator: " ") }
            }
            XCTAssertEqual(roles, expected, holder)
            if case .person = subject {
                XCTAssertEqual(answer["holder"]?["navn"]?.stringValue, "KARI NORDMANN")
            } else {
                XCTAssertEqual(answer["holder"]?["navn"]?.stringValue, RegistryScenario.units[0].navn)
            }
        }
    }
}
