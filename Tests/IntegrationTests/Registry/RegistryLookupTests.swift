import Foundation
import HTTPClient
import JSON
import XCTest

/// Public unit lookups, content negotiation and the public error bodies (`registry.md` §2, §3.1–3.3,
/// §3.9, §10), on the scenario data.
final class RegistryLookupTests: RegistryTestCase {

    private func assertErrorBody(_ response: ClientResponse, status: Int, feilmelding: String, path: String,
                                 file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(response.status, status, file: file, line: line)
        XCTAssertEqual(response.headers["Content-Type"], "application/json;charset=UTF-8", file: file, line: line)
        let body = response.jsonValue
        XCTAssertEqual(body?["status"]?.intValue, Int64(status), file: file, line: line)
        XCTAssertEqual(body?["feilmelding"]?.stringValue, feilmelding, file: file, line: line)
        XCTAssertEqual(body?["sti"]?.stringValue, path, file: file, line: line)
        XCTAssertNotNil(body?["tidsstempel"]?.intValue, file: file, line: line)
        XCTAssertEqual(body?["antallFeil"]?.intValue, Int64(body?["valideringsfeil"]?.arrayValue?.count ?? -1),
                       file: file, line: line)
    }

    func test_lookup_activeEnhet_answersFullScenarioUnit() throws {
        let response = try registry.get("/enhetsregisteret/api/enheter/310202398")
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.headers["Content-Type"], "application/json;charset=UTF-8")
        let api = registry.api
        XCTAssertEqual(response.jsonValue, [
            "organisasjonsnummer": "310202398", "navn": "DISKRET NÆR TIGER AS",
            "organisasjonsform": ["kode": "AS", "beskrivelse": "Aksjeselskap",
                                  "_links": ["self": ["href": .string("\(api)/organisasjonsformer/AS")]]],
            "forretningsadresse": ["land": "Norge", "landkode": "NO", "postnummer": "0150", "poststed": "OSLO",
                                   "adresse": ["Testveien 1"], "kommune": "OSLO", "kommunenummer": "0301"],
            "registreringsdatoEnhetsregisteret": "2020-01-15",
            "registrertIForetaksregisteret": true,
            "harRegistrertAntallAnsatte": true,
            "konkurs": false,
            "underAvvikling": false,
            "naeringskode1": ["kode": "62.010", "beskrivelse": "Programmeringstjenester"],
            "antallAnsatte": 12,
            "maalform": "Bokmål",
            "_links": ["self": ["href": .string("\(api)/enheter/310202398")]],
        ])
    }

    func test_lookup_deletedEnhet_answersSlimBody() throws {
        let response = try registry.get("/enhetsregisteret/api/enheter/315710413")
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.jsonValue, [
            "organisasjonsnummer": "315710413", "navn": "GAMMEL GLEMT ULV AS",
            "organisasjonsform": ["kode": "AS", "beskrivelse": "Aksjeselskap",
                                  "_links": ["self": ["href": .string("\(registry.api)/organisasjonsformer/AS")]]],
            "slettedato": "2024-06-30",
            "_links": ["self": ["href": .string("\(registry.api)/enheter/315710413")]],
        ])
    }

    func test_lookup_removedEnhet_answers410() throws {
        let response = try registry.get("/enhetsregisteret/api/enheter/315710421")
        XCTAssertEqual(response.status, 410)
        XCTAssertEqual(response.jsonValue, [
            "organisasjonsnummer": "315710421", "slettedato": "2025-01-31",
            "_links": ["self": ["href": .string("\(registry.api)/enheter/315710421")]],
        ])
    }

    func test_lookup_unknownOrOtherKind_answers404WithErrorBody() throws {
        let unknown = try registry.get("/enhetsregisteret/api/enheter/315799996")
        assertErrorBody(unknown, status: 404, feilmelding: "Ingen enhet med organisasjonsnummer 315799996 ble funnet",
                        path: "/enhetsregisteret/api/enheter/315799996")
        XCTAssertEqual(unknown.jsonValue?["valideringsfeil"], [])
        let underenhetAsEnhet = try registry.get("/enhetsregisteret/api/enheter/311312294")
        XCTAssertEqual(underenhetAsEnhet.status, 404)
        let enhetAsUnderenhet = try registry.get("/enhetsregisteret/api/underenheter/310202398")
        assertErrorBody(enhetAsUnderenhet, status: 404,
                        feilmelding: "Ingen underenhet med organisasjonsnummer 310202398 ble funnet",
                        path: "/enhetsregisteret/api/underenheter/310202398")
    }

    func test_lookup_invalidNumber_answers400() throws {
        for number in ["310202399", "31020239", "3102023980", "31020239x"] {
            let response = try registry.get("/enhetsregisteret/api/enheter/\(number)?ukjent=1")
            assertErrorBody(response, status: 400, feilmelding: "Feilaktig forespørsel",
                            path: "/enhetsregisteret/api/enheter/\(number)")
            XCTAssertEqual(response.jsonValue?["valideringsfeil"], [[
                "feilmelding": .string("Organisasjonsnummer \(number) er ugyldig"), "parametere": ["organisasjonsnummer"],
                "feilaktigVerdi": .string(number),
            ]], number)
        }
        XCTAssertEqual(try registry.get("/enhetsregisteret/api/underenheter/310202399").status, 400)
    }

    func test_lookup_underenhet_answersWithParentLink() throws {
        let response = try registry.get("/enhetsregisteret/api/underenheter/311312294",
                                        accept: "application/vnd.brreg.enhetsregisteret.underenhet.v2+json")
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.headers["Content-Type"], "application/vnd.brreg.enhetsregisteret.underenhet.v2+json;charset=UTF-8")
        let body = try XCTUnwrap(response.jsonValue)
        XCTAssertEqual(body["organisasjonsform"]?["kode"], "BEDR")
        XCTAssertEqual(body["overordnetEnhet"], "310202398")
        XCTAssertEqual(body["oppstartsdato"], "2020-02-01")
        XCTAssertEqual(body["beliggenhetsadresse"]?["kommunenummer"], "0301")
        XCTAssertEqual(body["_links"], ["self": ["href": .string("\(registry.api)/underenheter/311312294")],
                                        "overordnetEnhet": ["href": .string("\(registry.api)/enheter/310202398")]])
    }

    func test_lookup_negotiatesVendorMediaTypes() throws {
        let path = "/enhetsregisteret/api/enheter/310202398"
        let vendor = "application/vnd.brreg.enhetsregisteret.enhet.v2+json"
        for accept in ["\(vendor);charset=UTF-8", vendor.uppercased(), "application/json, \(vendor)", "text/html, \(vendor);q=0.5"] {
            let response = try registry.get(path, accept: accept)
            XCTAssertEqual(response.status, 200, accept)
            XCTAssertEqual(response.headers["Content-Type"], "\(vendor);charset=UTF-8", accept)
        }
        for accept in ["*/*", "application/*", "application/json;charset=UTF-8", "text/html, application/json"] {
            let response = try registry.get(path, accept: accept)
            XCTAssertEqual(response.status, 200, accept)
            XCTAssertEqual(response.headers["Content-Type"], "application/json;charset=UTF-8", accept)
        }
        for accept in ["application/vnd.brreg.enhetsregisteret.enhet.v1+json", "application/xml", "\(vendor);q=0",
                       "application/vnd.brreg.enhetsregisteret.underenhet.v2+json", "text/*"] {
            let response = try registry.get(path, accept: accept)
            assertErrorBody(response, status: 406, feilmelding: "Formatet støttes ikke", path: path)
        }
    }

    func test_lookup_checksTokenBeforeAcceptAndNumber() throws {
        let forged = try registry.get("/enhetsregisteret/api/enheter/310202399", token: registry.forgedToken,
                                      accept: "application/xml")
        assertErrorBody(forged, status: 401, feilmelding: "Ugyldig eller utløpt token",
                        path: "/enhetsregisteret/api/enheter/310202399")
        let notAcceptable = try registry.get("/enhetsregisteret/api/enheter/310202399", accept: "application/xml")
        XCTAssertEqual(notAcceptable.status, 406, "Accept before the number")
        XCTAssertEqual(try registry.get("/enhetsregisteret/api/enheter/310202398", token: registry.vendorToken).status, 200)
        let basic = try TestHTTP.get("\(registry.api)/enheter/310202398", headers: ["Authorization": "Basic eDp5"])
        XCTAssertEqual(basic.status, 401)
    }

    func test_unmatchedPublicPaths_useEnhetsregisteretBody_andOtherPathsProblems() throws {
        let unknown = try registry.get("/enhetsregisteret/api/finnes/ikke")
        assertErrorBody(unknown, status: 404, feilmelding: "Ressursen finnes ikke", path: "/enhetsregisteret/api/finnes/ikke")
        let post = try TestHTTP.send(.post, "\(registry.api)/enheter/310202398")
        assertErrorBody(post, status: 405, feilmelding: "Metoden støttes ikke", path: "/enhetsregisteret/api/enheter/310202398")
        XCTAssertEqual(post.headers["Allow"], "GET")
        XCTAssertNotNil(post.headers["X-Registry-Position"])
        let elsewhere = try registry.get("/no/such/path")
        XCTAssertEqual(elsewhere.status, 404)
        XCTAssertEqual(elsewhere.headers["Content-Type"], "application/problem+json")
        XCTAssertEqual(elsewhere.jsonValue?["code"], "STD-00404")
        let internalMethod = try TestHTTP.send(.post, "\(registry.baseURL)/internal/units", token: registry.platformToken)
        XCTAssertEqual(internalMethod.status, 405)
        XCTAssertEqual(internalMethod.jsonValue?["code"], "STD-00405")
    }

    func test_everyResponse_carriesRegistryPosition() throws {
        let position = try XCTUnwrap(RegistryTestService.position(try registry.get("/health/live")))
        XCTAssertGreaterThan(position, 0, "the scenario wrote changes")
        for path in ["/health/live", "/health/ready", "/metrics", "/openapi.json", "/enhetsregisteret/api/enheter/310202398",
                     "/enhetsregisteret/api/enheter/310202399", "/enhetsregisteret/api/", "/nope", "/internal/audit"] {
            let response = try registry.get(path)
            XCTAssertEqual(RegistryTestService.position(response), position, path)
        }
        let metrics = try registry.get("/metrics").text
        XCTAssertTrue(metrics.contains(#"route="/enhetsregisteret/api/enheter/{orgnr}",status="200"}"#), metrics)
        XCTAssertTrue(metrics.contains(#"http_requests_total{method="GET",route="/health/live",status="200"}"#), metrics)
    }
}
