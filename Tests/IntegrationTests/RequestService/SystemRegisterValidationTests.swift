import HTTPClient
import JSON
import XCTest

final class SystemRegisterValidationTests: SystemRegisterTestCase {
    typealias S = SystemRegisterTestService

    private func codes(_ body: JSONValue) throws -> [String] {
        let service = try service
        let response = try service.post(body, token: service.smartCloudToken)
        XCTAssertEqual(response.status, 400, response.text)
        XCTAssertEqual(response.code, "STD-00000")
        return response.validationCodes
    }

    func test_id_chain_reportsOnlyFirstFailure() throws {
        XCTAssertEqual(try codes(S.system("315602122_with space")), ["AUTH.VLD-00013 /registersystemrequest/systemid"])
        XCTAssertEqual(try codes(S.system(" 315602122_lead")), ["AUTH.VLD-00013 /registersystemrequest/systemid"])
        XCTAssertEqual(try codes(S.system("the_matrix")), ["AUTH.VLD-00001 /registersystemrequest/systemid"])
        XCTAssertEqual(try codes(S.system("315602122_")), ["AUTH.VLD-00001 /registersystemrequest/systemid"])
        XCTAssertEqual(try codes(S.system("315602122_a/b")), ["AUTH.VLD-00001 /registersystemrequest/systemid"])
        XCTAssertEqual(try codes(S.system("315602122_" + String(repeating: "x", count: 250))),
                       ["STD.VLD-00008 /registersystemrequest/systemid"])
        XCTAssertEqual(try codes(S.system("x") { $0.removeAll { $0.0 == "id" } }),
                       ["STD.VLD-00004 /registersystemrequest/systemid"])
    }

    func test_vendor_errorsComeAlone() throws {
        let broken = S.system("bad id") { $0.set("vendor", ["ID": "0192:123456789"]); $0.set("name", 3) }
        XCTAssertEqual(try codes(broken), ["AUTH.VLD-00000 /registersystemrequest/vendor/id"])
        XCTAssertEqual(try codes(S.system("bad id") { $0.removeAll { $0.0 == "vendor" } }),
                       ["STD.VLD-00004 /registersystemrequest/vendor/id"])
        XCTAssertEqual(try codes(S.system("bad id") { $0.set("vendor", ["ID": "9908:315602122"]) }),
                       ["AUTH.VLD-00000 /registersystemrequest/vendor/id"])
    }

    func test_body_notJSON_givesSTDVLD00005Alone() throws {
        let service = try service
        let response = try service.send(.post, S.base + "/vendor", token: service.smartCloudToken, raw: Array("{".utf8))
        XCTAssertEqual(response.validationCodes, ["STD.VLD-00005 /"])
        let array = try service.send(.post, S.base + "/vendor", token: service.smartCloudToken, body: [1, 2])
        XCTAssertEqual(array.validationCodes, ["STD.VLD-00005 /"])
        let media = try service.send(.post, S.base + "/vendor", token: service.smartCloudToken,
                                     body: S.system("315602122_media"), contentType: "text/plain")
        XCTAssertEqual(media.status, 415)
        XCTAssertEqual(media.code, "STD-00415")
        let charset = try service.send(.post, S.base + "/vendor", token: service.smartCloudToken,
                                       body: S.system("315602122_charset"), contentType: "application/json; charset=utf-8")
        XCTAssertEqual(charset.status, 200, charset.text)
    }

    func test_rights_rules_collectEveryFailureInOrder() throws {
        let body = S.system("315602122_rights") {
            $0.set("rights", [S.right("unknown-one"), S.right("ttd-maskinporten-schema"), S.right("a-melding", id: "urn:x"),
                              S.right("a-melding"), S.right("a-melding"), S.right("unknown-two"),
                              ["resource": [["id": "urn:altinn:resource"]]]])
        }
        let service = try service
        let response = try service.post(body, token: service.smartCloudToken)
        XCTAssertEqual(response.validationCodes, [
            "AUTH.VLD-00003 /registersystemrequest/rights/resource",
            "AUTH.VLD-00006 /registersystemrequest/rights/resource",
            "AUTH.VLD-00009 /registersystemrequest/rights/resource",
            "AUTH.VLD-00017 /registersystemrequest/rights/resource",
            "STD.VLD-00004 /registersystemrequest/rights/resource",
        ])
        let errors = response.jsonValue?["validationErrors"]
        XCTAssertEqual(errors?[0]?["resourceIds"], ["unknown-one", "unknown-two"])
        XCTAssertEqual(errors?[1]?["resourceIds"], ["a-melding"])
        XCTAssertEqual(errors?[3]?["resourceIds"], ["ttd-maskinporten-schema"])
    }

    func test_packages_rules() throws {
        let body = S.system("315602122_pk") {
            $0.set("accessPackages", [S.package("eksplisitt"), ["urn": "skattegrunnlag"], S.package("regnskapsforer-lonn"),
                                      S.package("skattegrunnlag"), S.package("skattegrunnlag"), ["other": 1]])
        }
        let service = try service
        let response = try service.post(body, token: service.smartCloudToken)
        XCTAssertEqual(response.validationCodes, [
            "AUTH.VLD-00007 /registersystemrequest/accesspackages",
            "AUTH.VLD-00008 /registersystemrequest/accesspackages",
            "AUTH.VLD-00018 /registersystemrequest/accesspackages",
            "STD.VLD-00004 /registersystemrequest/accesspackages",
        ])
        let errors = response.jsonValue?["validationErrors"]
        XCTAssertEqual(errors?[1]?["accessPackages"], ["urn:altinn:accesspackage:eksplisitt", "skattegrunnlag"])
        XCTAssertEqual(errors?[2]?["accessPackages"], ["urn:altinn:accesspackage:regnskapsforer-lonn"])
        let hidden = S.system("315602122_smartcloud_klient") {
            $0.set("isVisible", false)
            $0.set("accessPackages", [S.package("regnskapsforer-lonn"), S.package("skattegrunnlag")])
        }
        XCTAssertEqual(try service.post(hidden, token: service.smartCloudToken).status, 200)
    }

    func test_texts_clientIds_redirects_andTypes() throws {
        let body = S.system("315602122_many") {
            $0.set("name", ["nb": "x", "nn": "", "en": "y"])
            $0.removeAll { $0.0 == "description" }
            $0.set("clientId", ["", .string(String(repeating: "c", count: 256))])
            $0.set("allowedRedirectUrls", ["vg.no", "http://example.com/x", "https://u:p@example.com/", "https://ok.example/#f",
                                           "ftp://example.com", "https://fine.example/path?q=1"])
            $0.set("isVisible", "yes")
        }
        let service = try service
        let response = try service.post(body, token: service.smartCloudToken)
        XCTAssertEqual(response.validationCodes, [
            "AUTH.VLD-00100 /registersystemrequest/name",
            "STD.VLD-00004 /registersystemrequest/description",
            "STD.VLD-00006 /registersystemrequest/clientid",
            "STD.VLD-00008 /registersystemrequest/clientid",
            "AUTH.VLD-00005 /registersystemrequest/allowedredirecturls",
            "STD.VLD-00005 /registersystemrequest/isvisible",
        ])
        XCTAssertEqual(response.jsonValue?["validationErrors"]?[4]?["redirectUrls"],
                       ["vg.no", "http://example.com/x", "https://u:p@example.com/", "https://ok.example/#f", "ftp://example.com"])
    }
}
