@testable import RegistryService
import XCTest

final class UnitSearchRequestTests: XCTestCase {
    private func parse(_ query: String, kind: OrganisationForm.UnitKind = .enhet) throws -> UnitSearchRequest {
        try UnitSearchRequest.parse(PublicQuery(query), kind: kind)
    }

    private func failures(_ query: String, kind: OrganisationForm.UnitKind = .enhet) -> [EnhetsregisteretError.Valideringsfeil] {
        do throws(EnhetsregisteretError) {
            _ = try UnitSearchRequest.parse(PublicQuery(query), kind: kind)
            XCTFail("expected 400 for \(query)")
            return []
        } catch {
            XCTAssertEqual(error.status, 400)
            return error.valideringsfeil
        }
    }

    func test_parse_usesDefaults_whenQueryEmpty() throws {
        let request = try parse("")
        XCTAssertEqual(request.page, PageRequest(page: 0, size: 20))
        XCTAssertEqual(request.sort, .default)
        XCTAssertEqual(request.filter, UnitSearchFilter(kind: .enhet))
    }

    func test_parse_treatsEmptyValuesAsAbsent() throws {
        let request = try parse("navn=&organisasjonsnummer=&konkurs=&page=&size=&sort=")
        XCTAssertEqual(request.filter, UnitSearchFilter(kind: .enhet))
        XCTAssertEqual(request.page, PageRequest(page: 0, size: 20))
    }

    func test_parse_joinsRepeatedLists_andSkipsEmptyItems() throws {
        let request = try parse("organisasjonsform=AS,,ENK&organisasjonsform=&organisasjonsform=BRL&kommunenummer=0301")
        XCTAssertEqual(request.filter.forms, ["AS", "ENK", "BRL"])
        XCTAssertEqual(request.filter.municipalities, ["0301"])
    }

    func test_parse_takesFirstOccurrence_whenSingleRepeated() throws {
        let request = try parse("size=5&size=x&konkurs=TRUE&konkurs=nope")
        XCTAssertEqual(request.page.size, 5)
        XCTAssertEqual(request.filter.flags, [.init(flag: .konkurs, value: true)])
    }

    func test_parse_listsEveryFailure_inParameterTableOrder() {
        let query = "size=0&page=-1&sort=foo&tilRegistreringsdatoEnhetsregisteret=2023-02-29"
            + "&fraRegistreringsdatoEnhetsregisteret=2024-13-01&tilAntallAnsatte=1.5&fraAntallAnsatte=-3"
            + "&registrertIForetaksregisteret=ja&registrertIMvaregisteret=1&underTvangsavviklingEllerTvangsopplosning=x"
            + "&underAvvikling=yes&konkurs=no&kommunenummer=0301,301&naeringskode=62.01,62010,6"
            + "&overordnetEnhet=123&organisasjonsnummer=310202398,310202399,1&navn=--"
        let failures = failures(query)
        XCTAssertEqual(failures.map(\.parametere), [
            ["navn"], ["organisasjonsnummer"], ["overordnetEnhet"], ["naeringskode"], ["kommunenummer"], ["konkurs"],
            ["underAvvikling"], ["underTvangsavviklingEllerTvangsopplosning"], ["registrertIMvaregisteret"],
            ["registrertIForetaksregisteret"], ["fraAntallAnsatte"], ["tilAntallAnsatte"],
            ["fraRegistreringsdatoEnhetsregisteret"], ["tilRegistreringsdatoEnhetsregisteret"], ["sort"], ["page"], ["size"],
        ])
        XCTAssertEqual(failures[0], .init(feilmelding: "Ugyldig verdi for navn: --", parametere: ["navn"], feilaktigVerdi: "--"))
        XCTAssertEqual(failures[1].feilmelding, "Organisasjonsnummer 310202399 er ugyldig")
        XCTAssertEqual(failures[1].feilaktigVerdi, "310202399")
        XCTAssertEqual(failures[2].feilmelding, "Organisasjonsnummer 123 er ugyldig")
        XCTAssertEqual(failures[3], .init(feilmelding: "Næringskode 62010 er ugyldig", parametere: ["naeringskode"],
                                         feilaktigVerdi: "62010"))
        XCTAssertEqual(failures[4].feilmelding, "Kommunenummer 301 er ugyldig")
        XCTAssertEqual(failures[5].feilmelding, "Ugyldig verdi for konkurs: no")
        XCTAssertEqual(failures[13].feilaktigVerdi, "2023-02-29")
        XCTAssertEqual(failures[16].feilmelding, "Ugyldig verdi for size: 0")
    }

    func test_parse_ignoresEnhetOnlyFlags_whenUnderenheter() throws {
        let request = try parse("konkurs=maybe&registrertIMvaregisteret=false", kind: .underenhet)
        XCTAssertEqual(request.filter.flags, [.init(flag: .mva, value: false)])
    }

    func test_parse_acceptsCodeFormats_andLeapDays() throws {
        let request = try parse("naeringskode=62,62.0,62.01,62.010&fraRegistreringsdatoEnhetsregisteret=2024-02-29"
                                + "&fraAntallAnsatte=007&tilAntallAnsatte=3")
        XCTAssertEqual(request.filter.industryCodePrefixes, ["62", "62.0", "62.01", "62.010"])
        XCTAssertEqual(request.filter.registeredFrom, "2024-02-29")
        XCTAssertEqual(request.filter.employeesFrom, 7)
        XCTAssertEqual(request.filter.employeesTo, 3)
        XCTAssertEqual(failures("naeringskode=62.0100").first?.feilaktigVerdi, "62.0100")
        XCTAssertEqual(failures("naeringskode=6a").count, 1)
    }

    func test_parse_reportsTooManyValues_whenListOver1000() {
        let raw = (0..<1001).map { _ in "AS" }.joined(separator: ",")
        let failures = failures("organisasjonsform=" + raw)
        XCTAssertEqual(failures, [.init(feilmelding: "For mange verdier for organisasjonsform (maks 1000)",
                                        parametere: ["organisasjonsform"], feilaktigVerdi: raw)])
        XCTAssertNoThrow(try parse("organisasjonsform=" + (0..<1000).map { _ in "AS" }.joined(separator: ",")))
    }

    func test_parse_rejectsName_whenLongerThan180() throws {
        let long = String(repeating: "A", count: 181)
        XCTAssertEqual(failures("navn=" + long).first?.parametere, ["navn"])
        XCTAssertEqual(try parse("navn=" + String(repeating: "Ø", count: 180)).filter.nameWords?.first?.count, 180)
    }

    func test_parse_sortForms() throws {
        XCTAssertEqual(try parse("sort=navn").sort, SearchSort(field: .navn, descending: false))
        XCTAssertEqual(try parse("sort=NAVN.NORWEGIAN,DESC").sort, SearchSort(field: .navn, descending: true))
        XCTAssertEqual(try parse("sort=DESC").sort, SearchSort(field: .organisasjonsnummer, descending: true))
        XCTAssertEqual(try parse("sort=antallansatte,asc").sort, SearchSort(field: .antallAnsatte, descending: false))
        XCTAssertEqual(try parse("sort=registreringsdatoEnhetsregisteret,desc").sort.field, .registreringsdato)
        for bad in ["navn,up", "navn,asc,x", "stiftelsesdato", ",asc"] {
            XCTAssertEqual(failures("sort=" + bad).first?.feilmelding, "Ugyldig verdi for sort: " + bad)
        }
    }

    func test_parse_depthLimit_whenPageTimesSizeTooDeep() {
        XCTAssertEqual(failures("page=500&size=20"), [.init(feilmelding: "Maks dybde (page*size) er 10000",
                                                            parametere: ["page", "size"], feilaktigVerdi: "500*20")])
        XCTAssertEqual(failures("page=500").first?.feilaktigVerdi, "500*20")
        XCTAssertNoThrow(try parse("page=499&size=20"))
        XCTAssertNoThrow(try parse("page=0&size=10000"))
        XCTAssertEqual(failures("page=1&size=10000").count, 1)
        XCTAssertEqual(failures("page=99999999999999999999999&size=1").first?.parametere, ["page"])
        XCTAssertEqual(failures("page=9223372036854775807&size=2").first?.parametere, ["page", "size"])
    }

    func test_parse_skipsDepthLimit_whenPageOrSizeInvalid() {
        XCTAssertEqual(failures("page=500&size=x").map(\.parametere), [["size"]])
        XCTAssertEqual(failures("page=x&size=10000").map(\.parametere), [["page"]])
    }

    func test_parse_rejectsMalformedPercentEncoding() {
        XCTAssertEqual(failures("navn=%ZZ").first?.feilaktigVerdi, "%ZZ")
        XCTAssertEqual(failures("organisasjonsnummer=%ZZ").first?.feilmelding, "Organisasjonsnummer %ZZ er ugyldig")
    }
}
