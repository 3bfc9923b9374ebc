import JSON
import XCTest

/// Steps 8 to 11 of `requests.md` §4.4: redirect URLs, and the rights and packages asked for.
final class RequestAccessRuleTests: RequestTestCase {
    func test_redirectUrl_mustMatchAnAllowedURL() throws {
        let service = try service
        let evil = try service.create(R.standard(service.uniqueRef(), redirect: "https://evil.example/receipt"))
        XCTAssertEqual(evil.status, 400)
        XCTAssertEqual(evil.code, "AUTH-00021")
        for url in ["vg.no", "ftp://smartcloud.example/receipt", "https://user@smartcloud.example/receipt",
                    "https://smartcloud.example/Receipt", "https://smartcloud.example:8443/receipt",
                    "http://smartcloud.example/receipt", "https://smartcloud.example/receipt/"] {
            XCTAssertEqual(try service.create(R.standard(service.uniqueRef(), redirect: url)).code, "AUTH-00021", url)
        }
        for url in ["https://smartcloud.example/receipt?x=1", "https://SMARTCLOUD.example:443/receipt#top",
                    "http://LOCALHOST:8089/receipt?a=b"] {
            let accepted = try service.create(R.standard(service.uniqueRef(), redirect: url))
            XCTAssertEqual(accepted.status, 201, "\(url): \(accepted.text)")
            XCTAssertEqual(accepted.jsonValue?["redirectUrl"]?.stringValue, url, "stored as given")
        }
        let none = try service.create(R.standard(service.uniqueRef(), system: R.noRedirectSystem, rights: ["a-melding"],
                                                 redirect: "https://test.example/done"))
        XCTAssertEqual(none.code, "AUTH-00026")
        let malformedFirst = try service.create(R.standard(service.uniqueRef(), system: R.noRedirectSystem,
                                                           rights: ["a-melding"], redirect: "not a url"))
        XCTAssertEqual(malformedFirst.code, "AUTH-00021")
    }

    func test_standardRequest_needsRightsOrPackages() throws {
        let service = try service
        let neither = try service.create(R.standard(service.uniqueRef(), rights: nil))
        XCTAssertEqual(neither.status, 400)
        XCTAssertEqual(neither.code, "AUTH-00001")
        XCTAssertEqual(try service.create(R.standard(service.uniqueRef(), rights: [])).code, "AUTH-00059")
        XCTAssertEqual(try service.create(R.standard(service.uniqueRef(), rights: [], packages: [])).code, "AUTH-00059")
    }

    func test_rightsNotInSystem_giveAUTH00001_listingEveryValue() throws {
        let service = try service
        let response = try service.create(R.standard(service.uniqueRef(),
                                                     rights: ["a-melding", "toll-tolldeklarasjon", "nope", "nope"]))
        XCTAssertEqual(response.status, 400)
        XCTAssertEqual(response.code, "AUTH-00001")
        XCTAssertEqual(response.jsonValue?["notFoundRights"], ["toll-tolldeklarasjon", "nope"])
        let withAction: JSONValue = R.standard(service.uniqueRef(), rights: nil)
            .with("rights", [["resource": [["id": "urn:altinn:resource", "value": "a-melding"]], "action": "read"]])
        let accepted = try service.create(withAction)
        XCTAssertEqual(accepted.status, 201, "action is not compared: \(accepted.text)")
        XCTAssertEqual(accepted.jsonValue?["rights"]?[0]?["action"], "read")
    }

    func test_standardPackages_mustBeInSystem_thenAssignable() throws {
        let service = try service
        let lonn = "urn:altinn:accesspackage:regnskapsforer-lonn"
        let response = try service.create(R.standard(service.uniqueRef(), system: R.agentSystem, rights: nil,
                                                     packages: ["regnskapsforer-lonn"]))
        XCTAssertEqual(response.status, 400)
        XCTAssertEqual(response.code, "AUTH-00064")
        XCTAssertEqual(response.jsonValue?["NotDelegablePackages"], [.string(lonn)])
        let missing = try service.create(R.standard(service.uniqueRef(), system: R.agentSystem, rights: nil,
                                                    packages: ["regnskapsforer-lonn", "skatt-naering"]))
        XCTAssertEqual(missing.code, "AUTH-00063", "membership is checked for every package first")
        XCTAssertEqual(missing.jsonValue?["NotFoundPackages"], ["urn:altinn:accesspackage:skatt-naering"])
        let konkursbo = try service.create(R.standard(service.uniqueRef(), system: R.konkursboSystem, rights: nil,
                                                      packages: ["konkursbo-tilgangsstyrer"]))
        XCTAssertEqual(konkursbo.status, 201, konkursbo.text)
    }

    func test_agentPackages_mustBeInSystem_thenDelegable() throws {
        let service = try service
        let konkursbo = "urn:altinn:accesspackage:konkursbo-tilgangsstyrer"
        let listed = try service.create(R.agent(service.uniqueRef(), system: R.konkursboSystem,
                                                packages: ["regnskapsforer-lonn", "konkursbo-tilgangsstyrer"]), agent: true)
        XCTAssertEqual(listed.status, 400)
        XCTAssertEqual(listed.code, "AUTH-00065")
        XCTAssertEqual(listed.jsonValue?["NotDelegablePackages"], [.string(konkursbo)])
        let unlisted = try service.create(R.agent(service.uniqueRef(), packages: ["konkursbo-tilgangsstyrer"]), agent: true)
        XCTAssertEqual(unlisted.code, "AUTH-00063")
        XCTAssertEqual(unlisted.jsonValue?["NotFoundPackages"], [.string(konkursbo)])
        XCTAssertEqual(try service.create(R.agent(service.uniqueRef(), packages: nil), agent: true).code, "AUTH-00058")
        XCTAssertEqual(try service.create(R.agent(service.uniqueRef(), packages: []), agent: true).code, "AUTH-00058")
        let duplicates = try service.create(R.agent(service.uniqueRef(), packages: ["skattegrunnlag", "skattegrunnlag"]),
                                            agent: true)
        XCTAssertEqual(duplicates.jsonValue?["accessPackages"], [R.S.package("skattegrunnlag")])
    }

    func test_validationStepsAfterDuplicate_areSkipped() throws {
        let service = try service
        let ref = service.uniqueRef()
        let first = try service.created(R.standard(ref))
        let repeatWithBadRedirect = try service.create(R.standard(ref, rights: ["nope"], redirect: "https://evil.example/"))
        XCTAssertEqual(repeatWithBadRedirect.status, 200)
        XCTAssertEqual(repeatWithBadRedirect.jsonValue?["id"], first["id"])
    }
}
