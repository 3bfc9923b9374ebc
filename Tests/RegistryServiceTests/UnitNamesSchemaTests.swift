@testable import RegistryService
import Scenario
import SQLite
import XCTest

/// The FTS5 table `unit_names` on Debian's SQLite 3.40.1 as the writers keep it: contentless, rows
/// deleted with the 'delete' command and the text inserted, tokens exactly the §3.4 name words.
final class UnitNamesSchemaTests: XCTestCase {
    private var fixture: RegistryFixture!

    override func setUpWithError() throws {
        fixture = try RegistryFixture()
    }

    override func tearDown() {
        fixture = nil
    }

    func test_unitNames_keepPunctuationInsideWords_whenNotASeparator() throws {
        try fixture.put([FixtureUnit(orgnr: "315799996", navn: "A«B O'NEIL+CO AS", form: "AS"),
                         FixtureUnit(orgnr: "315799988", navn: "X A B AS", form: "AS")])
        XCTAssertEqual(try fixture.orgnrs("navn=a%C2%ABb"), ["315799996"])
        XCTAssertEqual(try fixture.orgnrs("navn=b"), ["315799988"], "«B is not a word start")
        XCTAssertEqual(try fixture.orgnrs("navn=o'ne"), ["315799996"])
        XCTAssertEqual(try fixture.orgnrs("navn=%22"), [])
        XCTAssertEqual(try fixture.orgnrs("navn=o%00"), [])
        XCTAssertEqual(try fixture.orgnrs("navn=%01%1F"), [])
        XCTAssertEqual(try fixture.orgnrs("navn=*+OR+NOT+NEAR(a"), [])
    }

    func test_writers_keepNamesInStep_whenRenamedDeletedAndRevived() throws {
        try fixture.put([FixtureUnit(orgnr: "315799996", navn: "GAMMELT NAVN AS", form: "AS")])
        try fixture.put([FixtureUnit(orgnr: "315799996", navn: "Nytt-navn (Norge) AS", form: "AS")])
        XCTAssertEqual(try fixture.orgnrs("navn=gammelt"), [], "a rename removes the old words")
        XCTAssertEqual(try fixture.orgnrs("navn=nytt+norge"), ["315799996"])
        try fixture.delete("315799996", mode: .slett)
        XCTAssertEqual(try fixture.orgnrs("navn=nytt"), [], "a deleted unit leaves the index")
        try fixture.delete("315799996", mode: .fjern)
        try fixture.put([FixtureUnit(orgnr: "315799996", navn: "Nytt-navn (Norge) AS", form: "AS")])
        XCTAssertEqual(try fixture.orgnrs("navn=nytt"), ["315799996"], "a revived unit is found again")
        XCTAssertEqual(try fixture.orgnrs("navn=nytt", kind: .underenhet), [], "the kind marker keeps kinds apart")
    }

    func test_writers_indexEveryActiveUnitOnce() throws {
        try fixture.loadScenario()
        let (units, names) = try fixture.database.read { connection in
            (try connection.scalar("SELECT count(*) FROM units WHERE status = 'active'", as: Int.self),
             try connection.scalar("SELECT count(*) FROM unit_names WHERE unit_names MATCH '\".E\" OR \".U\"'",
                                   as: Int.self))
        }
        XCTAssertEqual(units, RegistryScenario.units.count - 2 + 1, "12 active enheter and the underenhet")
        XCTAssertEqual(names, units)
    }

    func test_countCache_recounts_whenChangeLogAdvances() throws {
        try fixture.put([FixtureUnit(orgnr: "315799996", navn: "TIGER AS", form: "AS")])
        let cache = SearchCountCache()
        var counted = 0
        let count = {
            try self.fixture.database.read { connection in
                try cache.count(sql: "SELECT 1", arguments: [], in: connection) {
                    counted += 1
                    return counted
                }
            }
        }
        XCTAssertEqual(try count(), 1)
        XCTAssertEqual(try count(), 1, "the same position keeps the cached count")
        try fixture.put([FixtureUnit(orgnr: "315799988", navn: "NY TIGER AS", form: "AS")])
        XCTAssertEqual(try count(), 2, "a write appends a change, so the count is taken again")
    }
}
