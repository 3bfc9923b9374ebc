import Foundation
import HTTPClient
import JSON
import XCTest

/// The public update feeds through the real executable (`registry.md` §3.7, §10), fed by the internal
/// write endpoints, on a service whose `PUBLIC_URL` differs from its listening address.
final class FeedHTTPTests: RegistryTestCase {
    override class var loadsScenario: Bool { false }
    override class var environment: [String: String] { ["PUBLIC_URL": publicURL] }
    static let publicURL = "http://registry.example:9081"
    private let publicAPI = FeedHTTPTests.publicURL + "/enhetsregisteret/api"

    private func position() throws -> Int64 {
        try XCTUnwrap(RegistryTestService.position(try registry.get("/health/live")))
    }

    private func items(_ response: ClientResponse, _ key: String) -> [JSONValue] {
        response.jsonValue?["_embedded"]?[key]?.arrayValue ?? []
    }

    func test_unitFeed_showsEveryEndringstype_inWriteOrder() throws {
        let start = try position()
        let orgnr = RegistryTestNumbers.next()
        XCTAssertEqual(try registry.put("/internal/enheter/\(orgnr)", ["navn": "FEED AS", "organisasjonsform": "AS"]).status, 201)
        XCTAssertEqual(try registry.put("/internal/enheter/\(orgnr)", ["navn": "FEED AS", "organisasjonsform": "AS"])
            .headers["X-Registry-Changed"], "false")
        XCTAssertEqual(try registry.put("/internal/enheter/\(orgnr)", ["navn": "FEED TO AS", "organisasjonsform": "AS"]).status, 200)
        XCTAssertEqual(try registry.delete("/internal/enheter/\(orgnr)").status, 200)
        XCTAssertEqual(try registry.delete("/internal/enheter/\(orgnr)?mode=fjern").status, 200)

        let response = try registry.get("/enhetsregisteret/api/oppdateringer/enheter?oppdateringsid=\(start + 1)"
                                         + "&organisasjonsnummer=\(orgnr)",
                                         accept: "application/vnd.brreg.enhetsregisteret.enhet.v2+json")
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.headers["Content-Type"], "application/vnd.brreg.enhetsregisteret.enhet.v2+json;charset=UTF-8")
        let feed = items(response, "oppdaterteEnheter")
        XCTAssertEqual(feed.compactMap { $0["endringstype"]?.stringValue }, ["Ny", "Endring", "Sletting", "Fjernet"])
        XCTAssertEqual(feed.compactMap { $0["oppdateringsid"]?.intValue }, [start + 1, start + 2, start + 3, start + 4])
        XCTAssertEqual(feed[0]["_links"], ["enhet": ["href": .string("\(publicAPI)/enheter/\(orgnr)")]])
        XCTAssertNil(feed[3]["_links"], "Fjernet items have no links")
        XCTAssertEqual(feed[0]["dato"]?.stringValue?.count, 24)
        XCTAssertEqual(response.jsonValue?["page"]?["totalElements"], 4)

        let today = try registry.get("/enhetsregisteret/api/oppdateringer/enheter?organisasjonsnummer=\(orgnr)")
        XCTAssertEqual(items(today, "oppdaterteEnheter").count, 4, "without a position the feed starts today")
    }

    func test_unitFeed_pagesWithLinks_andSeparatesKinds() throws {
        let start = try position()
        let parent = RegistryTestNumbers.next()
        let child = RegistryTestNumbers.next()
        XCTAssertEqual(try registry.put("/internal/enheter/\(parent)", ["navn": "MOR AS", "organisasjonsform": "AS"]).status, 201)
        XCTAssertEqual(try registry.put("/internal/underenheter/\(child)", [
            "navn": "DATTER", "organisasjonsform": "BEDR", "overordnetEnhet": .string(parent),
        ]).status, 201)
        let query = "oppdateringsid=\(start + 1)&organisasjonsnummer=\(parent),\(child)"
        let enheter = try registry.get("/enhetsregisteret/api/oppdateringer/enheter?\(query)&size=1")
        XCTAssertEqual(items(enheter, "oppdaterteEnheter").compactMap { $0["organisasjonsnummer"]?.stringValue }, [parent])
        XCTAssertEqual(enheter.jsonValue?["_links"]?["first"]?["href"]?.stringValue,
                       "\(publicAPI)/oppdateringer/enheter?\(query)&page=0&size=1")
        let underenheter = try registry.get("/enhetsregisteret/api/oppdateringer/underenheter?\(query)")
        let item = try XCTUnwrap(items(underenheter, "oppdaterteUnderenheter").first)
        XCTAssertEqual(item["oppdateringsid"]?.intValue, start + 2)
        XCTAssertEqual(item["_links"], ["underenhet": ["href": .string("\(publicAPI)/underenheter/\(child)")]])
        let empty = try registry.get("/enhetsregisteret/api/oppdateringer/underenheter?oppdateringsid=\(start + 3)")
        XCTAssertNil(empty.jsonValue?["_embedded"])
    }

    func test_roleFeed_answersCloudEvents_forRolesWrites() throws {
        let orgnr = RegistryTestNumbers.next()
        XCTAssertEqual(try registry.put("/internal/enheter/\(orgnr)", ["navn": "ROLLER AS", "organisasjonsform": "AS"]).status, 201)
        let before = try position()
        let roles: JSONValue = ["roller": [["type": "DAGL", "person": [
            "fodselsnummer": "12838148288", "navn": ["fornavn": "DRESS", "etternavn": "MINST"]]]]]
        XCTAssertEqual(try registry.put("/internal/enheter/\(orgnr)/roller", roles).status, 200)
        let response = try registry.get("/enhetsregisteret/api/oppdateringer/roller?afterId=\(before)")
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.headers["Content-Type"], "application/json;charset=UTF-8")
        XCTAssertEqual(response.jsonValue?.arrayValue?.count, 1)
        let event = try XCTUnwrap(response.jsonValue?[0])
        XCTAssertEqual(event["id"]?.stringValue, String(before + 1))
        XCTAssertEqual(event["source"]?.stringValue, "\(publicAPI)/enheter/\(orgnr)/roller")
        XCTAssertEqual(event["type"], "no.brreg.enhetsregisteret.rolle.oppdatert")
        XCTAssertEqual(event["data"], ["organisasjonsnummer": .string(orgnr)])
        let today = try registry.get("/enhetsregisteret/api/oppdateringer/roller")
        XCTAssertTrue(today.jsonValue?.arrayValue?.contains(event) ?? false, "without a position the feed starts today")
        XCTAssertEqual(try registry.get("/enhetsregisteret/api/oppdateringer/roller?afterId=\(before + 1)").jsonValue, [])
    }

    func test_feeds_checkTokenAcceptAndParameters_inOrder() throws {
        let bad = try registry.get("/enhetsregisteret/api/oppdateringer/roller?afterId=x&size=0")
        XCTAssertEqual(bad.status, 400)
        XCTAssertEqual(bad.headers["Content-Type"], "application/json;charset=UTF-8")
        XCTAssertEqual(bad.jsonValue?["valideringsfeil"]?.arrayValue?.compactMap { $0["parametere"] }, [["afterId"], ["size"]])
        XCTAssertEqual(try registry.get("/enhetsregisteret/api/oppdateringer/roller?afterId=x", accept: "application/*").status,
                       406)
        let forged = try registry.get("/enhetsregisteret/api/oppdateringer/enheter?dato=x", token: registry.forgedToken,
                                      accept: "application/xml")
        XCTAssertEqual(forged.status, 401)
        let badDate = try registry.get("/enhetsregisteret/api/oppdateringer/enheter?dato=2026-11-23&oppdateringsid=0")
        XCTAssertEqual(badDate.jsonValue?["antallFeil"], 2)
        XCTAssertEqual(badDate.jsonValue?["sti"], "/enhetsregisteret/api/oppdateringer/enheter")
        XCTAssertNotNil(badDate.headers["X-Registry-Position"])
    }
}
