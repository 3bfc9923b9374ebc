@testable import RegistryService
import XCTest

final class UnitSearchTests: XCTestCase {
    private var fixture: RegistryFixture!

    override func setUpWithError() throws {
        fixture = try RegistryFixture()
        try fixture.loadScenario()
    }

    override func tearDown() {
        fixture = nil
    }

    func test_search_listsActiveEnheterByNumber_whenUnfiltered() throws {
        let result = try fixture.search("size=100")
        XCTAssertEqual(result.totalElements, 12)
        XCTAssertEqual(result.units.map(\.organisasjonsnummer), result.units.map(\.organisasjonsnummer).sorted())
        XCTAssertFalse(result.units.contains { ["315710413", "315710421", "311312294"].contains($0.organisasjonsnummer) })
    }

    func test_search_matchesNamePrefixWords_caseInsensitively() throws {
        XCTAssertEqual(try fixture.orgnrs("navn=tiger"), ["310202398", "314250052"])
        XCTAssertEqual(try fixture.orgnrs("navn=n%C3%A6r+ti"), ["310202398"])
        XCTAssertEqual(try fixture.orgnrs("navn=bj%C3%B8rn"), ["315710359"])
        XCTAssertEqual(try fixture.orgnrs("navn=n%C3%A6r-TI"), ["310202398"])
        XCTAssertEqual(try fixture.orgnrs("navn=ti-ge"), [], "every query word must start a name word")
        XCTAssertEqual(try fixture.orgnrs("navn=iger"), [])
        XCTAssertEqual(try fixture.orgnrs("navn=glemt"), [], "deleted units are never found")
        XCTAssertEqual(try fixture.orgnrs("navn=tiger", kind: .underenhet), ["311312294"])
    }

    func test_search_filtersByNumbersFormsParentAndCodes() throws {
        XCTAssertEqual(try fixture.orgnrs("organisasjonsnummer=315710359,310202398,315710413"), ["310202398", "315710359"])
        XCTAssertEqual(try fixture.orgnrs("organisasjonsform=ESEK,BRL,XYZ"), ["315710383", "315710391"])
        XCTAssertEqual(try fixture.orgnrs("overordnetEnhet=310202398", kind: .underenhet), ["311312294"])
        XCTAssertEqual(try fixture.orgnrs("naeringskode=62.010").count, 3)
        XCTAssertEqual(try fixture.orgnrs("naeringskode=62"), ["310202398", "315602122", "315602149"])
        XCTAssertThrowsError(try fixture.orgnrs("naeringskode=4"), "a one-digit prefix is invalid")
        XCTAssertEqual(try fixture.orgnrs("naeringskode=43.2,69"), ["314250052", "315710340"])
        XCTAssertEqual(try fixture.orgnrs("kommunenummer=3301,3201"), ["314250052", "315710359", "315710367"])
    }

    func test_search_combinesDriversAndColumns_inBothNumberOrders() throws {
        XCTAssertEqual(try fixture.orgnrs("navn=as&kommunenummer=0301&sort=DESC&size=3"),
                       ["315710405", "315710375", "315710340"])
        XCTAssertEqual(try fixture.orgnrs("navn=as&sort=organisasjonsnummer,desc&size=2"), ["315710405", "315710375"])
        XCTAssertEqual(try fixture.orgnrs("navn=tiger&organisasjonsform=AS&fraAntallAnsatte=20"), ["314250052"])
        XCTAssertEqual(try fixture.orgnrs("naeringskode=62.010&organisasjonsform=AS&tilAntallAnsatte=10"), ["315602149"])
        XCTAssertEqual(try fixture.search("navn=tiger&organisasjonsform=as").totalElements, 0, "codes match exactly")
        XCTAssertEqual(try fixture.search("organisasjonsform=BEDR").totalElements, 0, "a form of the other kind")
        XCTAssertEqual(try fixture.orgnrs("organisasjonsform=BEDR", kind: .underenhet), ["311312294"])
    }

    func test_search_matchesPostalAddressMunicipality() throws {
        try fixture.put([FixtureUnit(orgnr: "315799996", navn: "POST AS", form: "AS", kommune: "0301", postKommune: "1804")])
        XCTAssertEqual(try fixture.orgnrs("kommunenummer=1804"), ["315799996"])
    }

    func test_search_treatsAbsentFlagsAsFalse() throws {
        try fixture.put([FixtureUnit(orgnr: "315799996", navn: "UTEN FLAGG AS", form: "AS"),
                         FixtureUnit(orgnr: "315799988", navn: "KONKURS AS", form: "AS", konkurs: true, mva: true)])
        XCTAssertEqual(try fixture.orgnrs("konkurs=true"), ["315799988"])
        XCTAssertTrue(try fixture.orgnrs("konkurs=FALSE&size=100").contains("315799996"))
        XCTAssertEqual(try fixture.orgnrs("registrertIForetaksregisteret=false"), ["315710383", "315710391", "315799988", "315799996"])
        XCTAssertEqual(try fixture.orgnrs("registrertIMvaregisteret=true"), ["315799988"])
    }

    func test_search_boundsEmployeesAndDates_inclusively() throws {
        XCTAssertEqual(try fixture.orgnrs("fraAntallAnsatte=14&tilAntallAnsatte=35"), ["314250052", "315602122", "315710359"])
        XCTAssertEqual(try fixture.orgnrs("tilAntallAnsatte=2"), ["315710405"])
        XCTAssertEqual(try fixture.search("fraAntallAnsatte=0").totalElements, 10, "units without antallAnsatte never match")
        XCTAssertEqual(try fixture.orgnrs("fraRegistreringsdatoEnhetsregisteret=2020-01-15"
                                          + "&tilRegistreringsdatoEnhetsregisteret=2022-06-01"),
                       ["310202398", "310904473", "315710405"])
        XCTAssertEqual(try fixture.search("fraAntallAnsatte=30&tilAntallAnsatte=10").totalElements, 0)
    }

    func test_search_sortsByName_inCodePointOrder() throws {
        let names = try fixture.search("sort=navn&size=100").units.map(\.organisasjonsnummer)
        XCTAssertEqual(names.first, "315602149")  // ANNEN LEVERANDØR AS
        XCTAssertEqual(names.last, "310904473")  // TILFELDIG SUBTIL APE
        let descending = try fixture.search("sort=navn,desc&size=100").units.map(\.organisasjonsnummer)
        XCTAssertEqual(descending, names.reversed())
        try fixture.put([FixtureUnit(orgnr: "315799996", navn: "ÅS AS", form: "AS"),
                         FixtureUnit(orgnr: "315799988", navn: "ØST AS", form: "AS"),
                         FixtureUnit(orgnr: "315799961", navn: "ÆRE AS", form: "AS")])
        XCTAssertEqual(try fixture.orgnrs("organisasjonsnummer=315799996,315799988,315799961&sort=navn"),
                       ["315799996", "315799961", "315799988"])
    }

    func test_search_sortsNullsLast_inBothDirections_andTiesByNumber() throws {
        let ascending = try fixture.search("sort=antallAnsatte&size=100").units.map(\.organisasjonsnummer)
        XCTAssertEqual(ascending.prefix(2), ["315710405", "315710367"])
        XCTAssertEqual(ascending.suffix(2), ["315710383", "315710391"])
        let descending = try fixture.search("sort=antallAnsatte,desc&size=100").units.map(\.organisasjonsnummer)
        XCTAssertEqual(descending.prefix(2), ["315710375", "315602122"])
        XCTAssertEqual(descending.suffix(2), ["315710383", "315710391"])
        try fixture.put([FixtureUnit(orgnr: "315799996", navn: "LIK AS", form: "AS", ansatte: 40),
                         FixtureUnit(orgnr: "315799988", navn: "LIK AS", form: "AS", ansatte: 40)])
        XCTAssertEqual(try fixture.search("sort=antallAnsatte,desc&size=3").units.map(\.organisasjonsnummer),
                       ["315710375", "315799988", "315799996"])
        XCTAssertEqual(try fixture.orgnrs("navn=lik&sort=navn,desc"), ["315799988", "315799996"])
        XCTAssertEqual(try fixture.search("sort=registreringsdatoEnhetsregisteret,desc").units.first?.organisasjonsnummer, "315710405")
    }

    func test_search_pagesThroughResults() throws {
        let first = try fixture.search("naeringskode=62.010&size=2")
        XCTAssertEqual(first.totalElements, 3)
        XCTAssertEqual(first.units.map(\.organisasjonsnummer), ["310202398", "315602122"])
        XCTAssertEqual(try fixture.orgnrs("naeringskode=62.010&size=2&page=1"), ["315602149"])
        let beyond = try fixture.search("naeringskode=62.010&size=2&page=2")
        XCTAssertEqual(beyond.totalElements, 3)
        XCTAssertTrue(beyond.units.isEmpty)
    }

    func test_search_pagesBulkData_atPageEdges() throws {
        let bulk = BulkUnits.make(count: 450, startingAt: 20_000_000)
        try fixture.put(bulk)
        let all = try fixture.search("navn=bulk&size=10000")
        XCTAssertEqual(all.totalElements, 450)
        XCTAssertEqual(all.units.map(\.organisasjonsnummer), bulk.map(\.orgnr))
        let last = try fixture.search("navn=bulk&size=100&page=4")
        XCTAssertEqual(last.units.map(\.organisasjonsnummer), Array(bulk.map(\.orgnr)[400...]))
        let pageOfOne = try fixture.search("navn=bulk&size=1&page=449")
        XCTAssertEqual(pageOfOne.units.map(\.organisasjonsnummer), [bulk[449].orgnr])
        XCTAssertEqual(try fixture.search("navn=bulk&size=1&page=450").units.count, 0)
        XCTAssertEqual(try fixture.search("navn=bulk+even&size=1").totalElements, 225)
    }
}
