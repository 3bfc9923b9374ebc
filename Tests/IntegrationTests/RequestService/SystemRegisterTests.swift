import HTTPClient
import JSON
import Foundation
import Synchronization
import XCTest

final class SystemRegisterTests: SystemRegisterTestCase {
    typealias S = SystemRegisterTestService

    func test_create_registersScenarioSystems_andRejectsSecondPost() throws {
        let service = try service
        let body = S.system("315602122_smartcloud", clientIds: ["5d0a4a8e-3f6b-4c2e-9a57-2b1e8c0f7d31"])
        let created = try service.post(body, token: service.smartCloudToken)
        XCTAssertEqual(created.status, 200, created.text)
        XCTAssertEqual(created.jsonValue?.stringValue?.count, 36)
        XCTAssertNil(created.headers["Location"])
        let again = try service.post(body, token: service.smartCloudToken)
        XCTAssertEqual(again.validationCodes, ["AUTH.VLD-00002 /registersystemrequest/systemid",
                                               "AUTH.VLD-00004 /registersystemrequest/clientid"])

        let full = try service.get(S.base + "/vendor/315602122_smartcloud", token: service.smartCloudToken)
        XCTAssertEqual(full.status, 200)
        let json = full.jsonValue
        XCTAssertEqual(json?["vendor"]?["ID"]?.stringValue, "0192:315602122")
        XCTAssertEqual(json?["vendor"]?["authority"]?.stringValue, "iso6523-actorid-upis")
        XCTAssertEqual(json?["isDeleted"], .bool(false))
        XCTAssertEqual(json?["clientId"], ["5d0a4a8e-3f6b-4c2e-9a57-2b1e8c0f7d31"])
        XCTAssertEqual(json?["rights"]?[0]?["resource"]?[0]?["value"]?.stringValue, "a-melding")
    }

    func test_create_bindsPropertyNamesCaseInsensitively_andTrimsStrings() throws {
        let service = try service
        let body: JSONValue = [
            "ID": "315602122_casetest",
            "VENDOR": ["id": " 0192:315602122 "],
            "Name": ["NB": " Navn ", "nn": "Namn", "en": "Name"],
            "description": ["nb": "a", "nn": "b", "en": "c"],
            "allowedredirecturls": ["http://localhost:8089/receipt", "http://127.0.0.1/x", "http://[::1]:9/y"],
            "ClientId": ["Case-Client-1"],
            "isvisible": false,
            "rights": .null,
        ]
        let created = try service.post(body, token: service.smartCloudToken)
        XCTAssertEqual(created.status, 200, created.text)
        let json = try service.get(S.base + "/vendor/315602122_casetest", token: service.smartCloudToken).jsonValue
        XCTAssertEqual(json?["name"]?["nb"]?.stringValue, "Navn")
        XCTAssertEqual(json?["isVisible"], .bool(false))
        XCTAssertEqual(json?["rights"], .array([]))
        XCTAssertEqual(json?["allowedRedirectUrls"]?.arrayValue?.count, 3)
    }

    func test_create_refusesClientIdOfAnotherSystem_ignoringASCIICase() throws {
        let service = try service
        XCTAssertEqual(try service.post(S.system("315602122_clientA", clientIds: ["Shared-Client"]),
                                        token: service.smartCloudToken).status, 200)
        let second = try service.post(S.system("315602122_clientB", clientIds: ["shared-CLIENT", "own", "OWN"]),
                                      token: service.smartCloudToken)
        XCTAssertEqual(second.validationCodes, ["AUTH.VLD-00004 /registersystemrequest/clientid",
                                                "AUTH.VLD-00011 /registersystemrequest/clientid"])
        let errors = second.jsonValue?["validationErrors"]
        XCTAssertEqual(errors?[0]?["clientIds"], ["shared-CLIENT"])
        XCTAssertEqual(errors?[1]?["clientIds"], ["OWN"])
        let byClient = try service.get("/internal/systemregister?clientId=SHARED-client", token: service.platformToken)
        XCTAssertEqual(byClient.jsonValue?[0]?["id"]?.stringValue, "315602122_clientA")
    }

    func test_delete_freesClientIds_andIsIdempotent() throws {
        let service = try service
        let path = S.base + "/vendor/315602122_todelete"
        XCTAssertEqual(try service.post(S.system("315602122_todelete", clientIds: ["freed-client"]),
                                        token: service.smartCloudToken).status, 200)
        let deleted = try service.send(.delete, path, token: service.smartCloudToken)
        XCTAssertEqual(deleted.jsonValue, ["succeeded": true])
        XCTAssertEqual(try service.send(.delete, path, token: service.smartCloudToken).status, 200)
        XCTAssertEqual(try service.get(path, token: service.smartCloudToken).jsonValue?["isDeleted"], .bool(true))
        let reuse = try service.post(S.system("315602122_reuser", clientIds: ["FREED-client"]), token: service.smartCloudToken)
        XCTAssertEqual(reuse.status, 200, reuse.text)
        let sameId = try service.post(S.system("315602122_todelete"), token: service.smartCloudToken)
        XCTAssertEqual(sameId.validationCodes, ["AUTH.VLD-00002 /registersystemrequest/systemid"])
        let update = try service.send(.put, path, token: service.smartCloudToken, body: S.system("315602122_todelete"))
        XCTAssertEqual(update.validationCodes, ["AUTH.VLD-00103 {systemId}"])
        let rights = try service.send(.put, path + "/rights", token: service.smartCloudToken, body: [])
        XCTAssertEqual(rights.validationCodes, ["AUTH.VLD-00103 {systemId}"])
        let log = try service.get(path + "/changelog", token: service.smartCloudToken).jsonValue?.arrayValue ?? []
        XCTAssertEqual(log.compactMap { $0["changeType"]?.stringValue }, ["create", "delete"])
        XCTAssertEqual(log.last?["changedData"], .object([]))
        XCTAssertEqual(log.first?["clientId"]?.stringValue, "smartcloud-client")
        let unknown = try service.send(.delete, S.base + "/vendor/315602122_nope", token: service.smartCloudToken)
        XCTAssertEqual(unknown.validationCodes, ["AUTH.VLD-00102 {systemId}"])
    }

    func test_update_replacesSystem_andChecksInOrder() throws {
        let service = try service
        let id = "315602122_updated"
        let path = S.base + "/vendor/" + id
        XCTAssertEqual(try service.post(S.system(id, clientIds: ["upd-1"]), token: service.smartCloudToken).status, 200)
        let ok = try service.send(.put, path, token: service.smartCloudToken, body: S.system(id, clientIds: ["UPD-1", "upd-2"]) {
            $0.set("isVisible", false)
            $0.set("accessPackages", [S.package("regnskapsforer-lonn")])
        })
        XCTAssertEqual(ok.jsonValue, ["succeeded": true], ok.text)
        let mismatch = try service.send(.put, path, token: service.smartCloudToken, body: S.system("315602122_other"))
        XCTAssertEqual(mismatch.validationCodes, ["AUTH.VLD-00012 /registersystemrequest/systemid"])
        let otherVendor = try service.send(.put, path, token: service.smartCloudToken,
                                           body: S.system(id, vendor: S.konkurrent))
        XCTAssertEqual(otherVendor.code, "AUTH-00011")
        let badVendor = try service.send(.put, path, token: service.smartCloudToken, body: ["id": .string(id)])
        XCTAssertEqual(badVendor.validationCodes, ["STD.VLD-00004 /registersystemrequest/vendor/id"])
        let notObject = try service.send(.put, path, token: service.smartCloudToken, body: [1])
        XCTAssertEqual(notObject.validationCodes, ["STD.VLD-00005 /"])
        let unknown = try service.send(.put, S.base + "/vendor/315602122_ghost", token: service.smartCloudToken,
                                       body: S.system("315602122_ghost"))
        XCTAssertEqual(unknown.code, "AUTH-00011")
        let packages = try service.send(.put, path + "/accesspackages", token: service.smartCloudToken,
                                        body: [S.package("skattegrunnlag"), S.package("ansvarlig-revisor")])
        XCTAssertEqual(packages.status, 200, packages.text)
        let rights = try service.send(.put, path + "/rights", token: service.smartCloudToken,
                                      body: [S.right("a-melding"), S.right("nope")])
        XCTAssertEqual(rights.validationCodes, ["AUTH.VLD-00003 /registersystemrequest/rights/resource"])
        let notArray = try service.send(.put, path + "/rights", token: service.smartCloudToken, body: ["a": 1])
        XCTAssertEqual(notArray.validationCodes, ["STD.VLD-00005 /"])
        let log = try service.get(path + "/changelog", token: service.smartCloudToken).jsonValue?.arrayValue ?? []
        XCTAssertEqual(log.compactMap { $0["changeType"]?.stringValue }, ["create", "update", "accesspackageupdate"])
        let audit = try service.get("/internal/audit?limit=1000", token: service.platformToken).jsonValue
        let actions = (audit?["items"]?.arrayValue ?? []).filter { $0["target"]?.stringValue == id }
            .compactMap { $0["action"]?.stringValue }
        XCTAssertEqual(actions, ["system.created", "system.updated", "system.packages-updated"])
    }

    func test_publicList_showsVisibleSystemsWithVendorNames() throws {
        let service = try service
        XCTAssertEqual(try service.post(S.system("315602149_konkurrent", vendor: S.konkurrent) {
            $0.set("rights", [S.right("toll-tolldeklarasjon")])
        }, token: service.konkurrentToken).status, 200)
        XCTAssertEqual(try service.post(S.system("315602149_hidden", vendor: S.konkurrent) {
            $0.set("isVisible", false)
        }, token: service.konkurrentToken).status, 200)
        for token in [service.portalToken, service.platformToken] {
            let list = try service.get(S.base, token: token)
            XCTAssertEqual(list.status, 200, list.text)
            let items = list.jsonValue?.arrayValue ?? []
            let ids = items.compactMap { $0["systemId"]?.stringValue }
            XCTAssertTrue(ids.contains("315602149_konkurrent"))
            XCTAssertFalse(ids.contains("315602149_hidden"))
            XCTAssertEqual(ids, ids.sorted())
            let konkurrent = items.first { $0["systemId"]?.stringValue == "315602149_konkurrent" }
            XCTAssertEqual(konkurrent?["systemVendorOrgNumber"]?.stringValue, S.konkurrent)
            XCTAssertFalse(konkurrent?["systemVendorOrgName"]?.stringValue?.isEmpty ?? true)
        }
        let one = try service.get(S.base + "/315602149_hidden", token: service.portalToken)
        XCTAssertEqual(one.jsonValue?["isVisible"], .bool(false))
        XCTAssertEqual(try service.get(S.base + "/315602149_none", token: service.portalToken).code, "AUTH-00011")
        let rights = try service.get(S.base + "/315602149_konkurrent/rights", token: service.portalToken)
        XCTAssertEqual(rights.jsonValue?[0]?["resource"]?[0]?["value"]?.stringValue, "toll-tolldeklarasjon")
        XCTAssertEqual(try service.get(S.base + "/315602149_none/rights", token: service.portalToken).jsonValue, [])
        XCTAssertEqual(try service.get(S.base + "/315602149_none/accesspackages", token: service.portalToken).jsonValue, [])
        let vendorList = try service.get(S.base + "/vendor", token: service.konkurrentToken).jsonValue?.arrayValue ?? []
        XCTAssertEqual(vendorList.compactMap { $0["systemId"]?.stringValue }, ["315602149_hidden", "315602149_konkurrent"])
    }

    func test_pathParameter_percentEncodedSlash_isLiteral() throws {
        let service = try service
        let response = try service.get(S.base + "/vendor/315602122_a%2Fb", token: service.smartCloudToken)
        XCTAssertEqual(response.code, "AUTH-00011")
        XCTAssertEqual(try service.post(S.system("315602122_a+b"), token: service.smartCloudToken).status, 200)
        for raw in ["315602122_a+b", "315602122_a%2Bb"] {
            let found = try service.get(S.base + "/vendor/" + raw, token: service.smartCloudToken)
            XCTAssertEqual(found.jsonValue?["id"]?.stringValue, "315602122_a+b", raw)
        }
        let internalMissing = try service.get("/internal/systemregister/315602122_a%2Fb", token: service.platformToken)
        XCTAssertEqual(internalMissing.code, "AUTH-00011")
        let noClient = try service.get("/internal/systemregister?clientId=", token: service.platformToken)
        XCTAssertEqual(noClient.validationCodes, ["STD.VLD-00004 ?clientId"])
    }

    func test_create_concurrentSameId_givesOne200AndOne400() throws {
        let service = try service
        let body = S.system("315602122_race", clientIds: ["race-client"])
        let statuses = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            let status = (try? service.post(body, token: service.smartCloudToken).status) ?? 0
            statuses.withLock { $0.append(status) }
        }
        XCTAssertEqual(statuses.withLock { $0.sorted() }, [200, 400])
    }

    func test_vendorNames_areEmpty_whenRegistryIsDown() throws {
        let keys = TestKeys.shared
        let lone = try ServiceProcess("RequestService", keys: keys, environment: ["REGISTRY_URL": "http://127.0.0.1:1"])
        defer { lone.stop() }
        let token = try keys.token(["vendor", "--org", S.smartCloud, "--scopes", S.write])
        var headers: ClientHeaders = ["Content-Type": "application/json"]
        let created = try TestHTTP.send(.post, lone.baseURL + S.base + "/vendor", token: token, headers: headers,
                                        body: S.system("315602122_lonely").encoded())
        XCTAssertEqual(created.status, 200, created.text)
        headers = [:]
        let list = try TestHTTP.get(lone.baseURL + S.base, token: try keys.platformToken())
        XCTAssertEqual(list.jsonValue?[0]?["systemVendorOrgName"]?.stringValue, "")
    }
}
