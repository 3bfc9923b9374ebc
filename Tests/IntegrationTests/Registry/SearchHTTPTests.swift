import Foundation
import JSON
import XCTest

/// `GET /enhetsregisteret/api/enheter` and `/underenheter` through the real executable (`registry.md`
/// §3.4, §2, §3.9, §10), on the scenario loaded through the internal write endpoints.
final class SearchHTTPTests: RegistryTestCase {
    private var api: String { registry.api }

    func test_search_pagesWithHALLinks_whenTwoPages() throws {
        let response = try registry.get("/enhetsregisteret/api/enheter?naeringskode=62.010&size=2")
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.headers["Content-Type"], "application/json;charset=UTF-8")
        let json = try XCTUnwrap(response.jsonValue)
        let units = try XCTUnwrap(json["_embedded"]?["enheter"]?.arrayValue)
        XCTAssertEqual(units.compactMap { $0["organisasjonsnummer"]?.stringValue }, ["310202398", "315602122"])
        let lookup = try registry.get("/enhetsregisteret/api/enheter/310202398")
        XCTAssertEqual(units[0], lookup.jsonValue, "a hit is the unit exactly as the lookup renders it")
        XCTAssertEqual(json["_links"]?.objectValue?.map(\.0), ["first", "self", "next", "last"])
        XCTAssertEqual(json["_links"]?["first"]?["href"]?.stringValue, api + "/enheter?naeringskode=62.010&page=0&size=2")
        XCTAssertEqual(json["_links"]?["self"]?["href"]?.stringValue, api + "/enheter?naeringskode=62.010&size=2")
        XCTAssertEqual(json["_links"]?["next"]?["href"]?.stringValue, api + "/enheter?naeringskode=62.010&page=1&size=2")
        XCTAssertEqual(json["_links"]?["last"]?["href"]?.stringValue, api + "/enheter?naeringskode=62.010&page=1&size=2")
        XCTAssertEqual(json["page"], .object([("size", 2), ("totalElements", 3), ("totalPages", 2), ("number", 0)]))
        let second = try registry.get("/enhetsregisteret/api/enheter?naeringskode=62.010&size=2&page=1").jsonValue
        XCTAssertEqual(second?["_embedded"]?["enheter"]?[0]?["organisasjonsnummer"], "315602149")
        XCTAssertEqual(second?["_links"]?.objectValue?.map(\.0), ["first", "prev", "self", "last"])
    }

    func test_search_answersEmptyShape_whenNothingMatches() throws {
        let response = try registry.get("/enhetsregisteret/api/enheter?navn=finnesikke&ukjent=1")
        XCTAssertEqual(response.status, 200)
        let json = try XCTUnwrap(response.jsonValue)
        XCTAssertNil(json["_embedded"])
        XCTAssertEqual(json["_links"], ["self": ["href": .string(api + "/enheter?navn=finnesikke&ukjent=1")]])
        XCTAssertEqual(json["page"], .object([("size", 20), ("totalElements", 0), ("totalPages", 0), ("number", 0)]))
    }

    func test_search_findsOnlyActiveUnits_byNamePrefixes() throws {
        let hits = try registry.get("/enhetsregisteret/api/enheter?navn=n%C3%A6r+ti").jsonValue
        XCTAssertEqual(hits?["_embedded"]?["enheter"]?.arrayValue?.compactMap { $0["organisasjonsnummer"]?.stringValue },
                       ["310202398"])
        for name in ["glemt", "hemmelig"] {
            let response = try registry.get("/enhetsregisteret/api/enheter?navn=\(name)")
            XCTAssertEqual(response.jsonValue?["page"]?["totalElements"], 0, "deleted and removed units: \(name)")
        }
    }

    func test_search_followsWrites_throughTheInternalAPI() throws {
        let orgnr = RegistryTestNumbers.next()
        let path = "/enhetsregisteret/api/enheter?navn=ukjent+s%C3%B8kbar"
        XCTAssertEqual(try registry.put("/internal/enheter/\(orgnr)", ["navn": "UKJENT SØKBAR AS", "organisasjonsform": "AS"])
            .status, 201)
        let found = try registry.get(path)
        XCTAssertEqual(found.jsonValue?["_embedded"]?["enheter"]?[0]?["organisasjonsnummer"]?.stringValue, orgnr)
        XCTAssertEqual(RegistryTestService.position(found), RegistryTestService.position(try registry.get("/health/live")))
        XCTAssertEqual(try registry.put("/internal/enheter/\(orgnr)", ["navn": "UKJENT OMDØPT AS", "organisasjonsform": "AS"])
            .status, 200)
        XCTAssertEqual(try registry.get(path).jsonValue?["page"]?["totalElements"], 0, "the old name is gone")
        XCTAssertEqual(try registry.get("/enhetsregisteret/api/enheter?navn=omd%C3%B8pt").jsonValue?["page"]?["totalElements"], 1)
        XCTAssertEqual(try registry.delete("/internal/enheter/\(orgnr)").status, 200)
        XCTAssertEqual(try registry.get("/enhetsregisteret/api/enheter?navn=omd%C3%B8pt").jsonValue?["page"]?["totalElements"], 0)
    }

    func test_search_findsUnderenheter_withParentLink() throws {
        let response = try registry.get("/enhetsregisteret/api/underenheter?overordnetEnhet=310202398&navn=n%C3%A6r+ti",
                                        accept: "application/vnd.brreg.enhetsregisteret.underenhet.v2+json")
        XCTAssertEqual(response.headers["Content-Type"], "application/vnd.brreg.enhetsregisteret.underenhet.v2+json;charset=UTF-8")
        let units = try XCTUnwrap(response.jsonValue?["_embedded"]?["underenheter"]?.arrayValue)
        XCTAssertEqual(units.count, 1)
        XCTAssertEqual(units[0]["_links"]?["overordnetEnhet"]?["href"]?.stringValue, api + "/enheter/310202398")
        let none = try registry.get("/enhetsregisteret/api/enheter?organisasjonsnummer=311312294")
        XCTAssertEqual(none.jsonValue?["page"]?["totalElements"], 0, "an underenhet is no enhet")
    }

    func test_search_echoesVendorType_andRefusesV1() throws {
        let vendor = "application/vnd.brreg.enhetsregisteret.enhet.v2+json"
        let ok = try registry.get("/enhetsregisteret/api/enheter", accept: vendor + ";charset=UTF-8")
        XCTAssertEqual(ok.headers["Content-Type"], vendor + ";charset=UTF-8")
        let refused = try registry.get("/enhetsregisteret/api/enheter?page=x",
                                       accept: "application/vnd.brreg.enhetsregisteret.enhet.v1+json")
        XCTAssertEqual(refused.status, 406, "Accept before parameters")
        XCTAssertEqual(refused.headers["Content-Type"], "application/json;charset=UTF-8")
        XCTAssertEqual(refused.jsonValue?["feilmelding"]?.stringValue, "Formatet støttes ikke")
        XCTAssertEqual(refused.jsonValue?["antallFeil"], 0)
    }

    func test_search_answers400_withEveryBadParameter() throws {
        let response = try registry.get("/enhetsregisteret/api/enheter?naeringskode=62010&page=500&size=20")
        XCTAssertEqual(response.status, 400)
        XCTAssertEqual(response.headers["Content-Type"], "application/json;charset=UTF-8")
        let json = try XCTUnwrap(response.jsonValue)
        XCTAssertEqual(json["feilmelding"]?.stringValue, "Feilaktig forespørsel")
        XCTAssertEqual(json["sti"]?.stringValue, "/enhetsregisteret/api/enheter")
        XCTAssertEqual(json["antallFeil"], 2)
        XCTAssertEqual(json["valideringsfeil"]?[0]?["feilmelding"]?.stringValue, "Næringskode 62010 er ugyldig")
        XCTAssertEqual(json["valideringsfeil"]?[1]?["feilaktigVerdi"]?.stringValue, "500*20")
        XCTAssertEqual(json["valideringsfeil"]?[1]?["parametere"], ["page", "size"])
        XCTAssertNotNil(json["tidsstempel"]?.intValue)
        XCTAssertNotNil(response.headers["X-Registry-Position"])
    }

    func test_search_checksTokenFirst_andMethod() throws {
        let forged = try registry.get("/enhetsregisteret/api/enheter?page=x", token: registry.forgedToken,
                                      accept: "application/xml")
        XCTAssertEqual(forged.status, 401)
        XCTAssertEqual(forged.jsonValue?["feilmelding"]?.stringValue, "Ugyldig eller utløpt token")
        XCTAssertEqual(try registry.get("/enhetsregisteret/api/enheter", token: registry.platformToken).status, 200)
        XCTAssertEqual(try registry.get("/enhetsregisteret/api/underenheter", token: registry.vendorToken).status, 200)
        let post = try TestHTTP.send(.post, api + "/enheter")
        XCTAssertEqual(post.status, 405)
        XCTAssertEqual(post.headers["Allow"], "GET")
        XCTAssertEqual(post.jsonValue?["feilmelding"]?.stringValue, "Metoden støttes ikke")
    }
}
