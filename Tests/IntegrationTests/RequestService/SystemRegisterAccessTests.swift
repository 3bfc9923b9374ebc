import HTTPClient
import JSON
import XCTest

final class SystemRegisterAccessTests: SystemRegisterTestCase {
    typealias S = SystemRegisterTestService

    func test_foreignVendor_gets403_andAdminMayAct() throws {
        let service = try service
        let id = "315602122_owned"
        let path = S.base + "/vendor/" + id
        XCTAssertEqual(try service.post(S.system(id), token: service.smartCloudToken).status, 200)
        let foreignPost = try service.post(S.system("315602122_stolen") { $0.set("name", 1) }, token: service.konkurrentToken)
        XCTAssertEqual(foreignPost.status, 403)
        XCTAssertEqual(foreignPost.code, "AUTH-00103")
        for (method, suffix, body) in [(ClientRequest.Method.get, "", nil), (.get, "/changelog", nil), (.delete, "", nil),
                                       (.put, "", S.system(id)), (.put, "/rights", JSONValue.array([]))] {
            let response = try service.send(method, path + suffix, token: service.konkurrentToken, body: body)
            XCTAssertEqual(response.code, "AUTH-00103", "\(method) \(suffix)")
        }
        let adminCreate = try service.post(S.system("315602149_byadmin", vendor: S.konkurrent), token: service.adminToken)
        XCTAssertEqual(adminCreate.status, 200, adminCreate.text)
        let adminUpdate = try service.send(.put, path + "/rights", token: service.adminToken, body: [S.right("a-melding")])
        XCTAssertEqual(adminUpdate.status, 200)
        let log = try service.get(path + "/changelog", token: service.adminToken).jsonValue?.arrayValue ?? []
        XCTAssertEqual(log.last?["changedByOrgNumber"]?.stringValue, "310202398")
        XCTAssertEqual(log.last?["changeType"]?.stringValue, "rightsupdate")
        let adminList = try service.get(S.base + "/vendor", token: service.adminToken)
        XCTAssertEqual(adminList.jsonValue, [])
    }

    func test_tokenChecks_inOrder() throws {
        let service = try service
        let vendorPath = S.base + "/vendor"
        XCTAssertEqual(try service.get(vendorPath, token: nil).code, "AUTH-00101")
        XCTAssertEqual(try service.get(vendorPath, token: "not.a.token").status, 401)
        let wrongScope = try service.vendorToken(org: S.smartCloud, scopes: "altinn:authentication/systemuser.request.write")
        let refused = try service.send(.post, vendorPath, token: wrongScope, raw: Array("{".utf8), contentType: "text/plain")
        XCTAssertEqual(refused.status, 403)
        XCTAssertEqual(refused.code, "AUTH-00102")
        XCTAssertNotNil(refused.jsonValue?["requiredScopes"])
        XCTAssertNotNil(refused.jsonValue?["acceptedTokenKinds"])
        XCTAssertEqual(try service.get(vendorPath, token: service.portalToken).code, "AUTH-00102")
        XCTAssertEqual(try service.get(vendorPath, token: service.platformToken).code, "AUTH-00102")
        XCTAssertEqual(try service.get(S.base, token: service.smartCloudToken).code, "AUTH-00102")
        XCTAssertEqual(try service.get("/internal/systemregister/x", token: service.portalToken).code, "AUTH-00102")
        let lowLevel = try service.keys.token(["user", "--pid", "02056260016", "--auth-level", "2"])
        XCTAssertEqual(try service.get(S.base, token: lowLevel).code, "AUTH-00020")
        let noPortalScope = try service.keys.token(["user", "--pid", "02056260016", "--scopes", "other"])
        XCTAssertEqual(try service.get(S.base, token: noPortalScope).code, "AUTH-00102")
    }
}
