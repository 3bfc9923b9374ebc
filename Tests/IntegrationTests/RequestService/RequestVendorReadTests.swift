import JSON
import XCTest

/// Vendor reads and delete (`requests.md` §4.5, §4.6).
final class RequestVendorReadTests: RequestTestCase {
    func test_readById_checksIdTypeAndVendor() throws {
        let service = try service
        let standard = try service.created(R.standard(service.uniqueRef()))
        let id = try XCTUnwrap(standard["id"]?.stringValue)
        let agentId = try XCTUnwrap(try service.created(R.agent(service.uniqueRef()), agent: true)["id"]?.stringValue)
        let read = try service.get(R.base + "/vendor/\(id.uppercased())", token: service.smartCloudToken)
        XCTAssertEqual(read.status, 200)
        XCTAssertEqual(read.jsonValue, standard, "the same response on every read")
        XCTAssertEqual(try service.get(R.base + "/vendor/agent/\(agentId)", token: service.smartCloudToken).status, 200)
        let wrongType = try service.get(R.base + "/vendor/\(agentId)", token: service.smartCloudToken)
        XCTAssertEqual(wrongType.status, 404)
        XCTAssertEqual(wrongType.code, "AUTH-00010")
        XCTAssertEqual(try service.get(R.base + "/vendor/agent/\(id)", token: service.smartCloudToken).code, "AUTH-00010")
        let unknown = try service.get(R.base + "/vendor/\(UUID().uuidString)", token: service.smartCloudToken)
        XCTAssertEqual(unknown.code, "AUTH-00010")
        let malformed = try service.get(R.base + "/vendor/not-a-uuid", token: service.smartCloudToken)
        XCTAssertEqual(malformed.validationCodes, ["STD.VLD-00003 {requestId}"])
        let foreign = try service.get(R.base + "/vendor/\(id)", token: service.konkurrentToken)
        XCTAssertEqual(foreign.status, 403)
        XCTAssertEqual(foreign.code, "AUTH-00103")
    }

    func test_readByExternalRef_findsTheLiveRequest() throws {
        let service = try service
        let ref = "kunde/42+x " + service.uniqueRef()
        let standard = try service.created(R.standard(ref))
        let encodedRef = try XCTUnwrap(ref.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        let path = "/vendor/byexternalref/\(R.standardSystem)/\(R.customer)/\(encodedRef)"
        let found = try service.get(R.base + path, token: service.smartCloudToken)
        XCTAssertEqual(found.status, 200, found.text)
        XCTAssertEqual(found.jsonValue?["id"], standard["id"])
        XCTAssertEqual(try service.get(R.base + "/vendor/agent" + path.dropFirst(7), token: service.smartCloudToken).code,
                       "AUTH-00010")
        let badOrg = try service.get(R.base + "/vendor/byexternalref/nope/310202399/x", token: service.smartCloudToken)
        XCTAssertEqual(badOrg.validationCodes, ["STD.VLD-00001 {orgNo}"])
        let unknownSystem = try service.get(R.base + "/vendor/byexternalref/nope/\(R.customer)/x", token: service.smartCloudToken)
        XCTAssertEqual(unknownSystem.code, "AUTH-00011")
        let foreign = try service.get(R.base + path, token: service.konkurrentToken)
        XCTAssertEqual(foreign.code, "AUTH-00103")
        let unknownParty = try service.get(R.base + "/vendor/byexternalref/\(R.standardSystem)/\(RegistryScenario.unknown)/x",
                                           token: service.smartCloudToken)
        XCTAssertEqual(unknownParty.code, "AUTH-00010", "the Registry is not asked")
        let deletedSystem = try service.get(R.base + "/vendor/bysystem/\(R.deletedSystem)", token: service.smartCloudToken)
        XCTAssertEqual(deletedSystem.status, 200, "a deleted system is still found")
    }

    func test_delete_gives202_thenReadsAndDeletesGive404() throws {
        let service = try service
        let ref = service.uniqueRef()
        let id = try XCTUnwrap(try service.created(R.standard(ref))["id"]?.stringValue)
        let foreign = try service.send(.delete, R.base + "/vendor/\(id)", token: service.konkurrentToken)
        XCTAssertEqual(foreign.status, 403)
        XCTAssertEqual(foreign.code, "AUTH-00103")
        let deleted = try service.send(.delete, R.base + "/vendor/\(id)", token: service.smartCloudToken)
        XCTAssertEqual(deleted.status, 202)
        XCTAssertTrue(deleted.body.isEmpty)
        XCTAssertNil(deleted.headers["Content-Type"])
        XCTAssertEqual(try service.get(R.base + "/vendor/\(id)", token: service.smartCloudToken).code, "AUTH-00010")
        let again = try service.send(.delete, R.base + "/vendor/\(id)", token: service.smartCloudToken)
        XCTAssertEqual(again.status, 404)
        XCTAssertEqual(again.code, "AUTH-00010")
        XCTAssertEqual(try service.send(.delete, R.base + "/vendor/xyz", token: service.smartCloudToken).validationCodes,
                       ["STD.VLD-00003 {requestId}"])
        XCTAssertEqual(try service.internalRecord(id)?["isDeleted"], true)
        let audit = try service.audit(action: "request.deleted", target: id)
        XCTAssertEqual(audit.map { $0["outcome"]?.stringValue }, ["refused", "ok", "refused"])
        let recreated = try service.create(R.standard(ref))
        XCTAssertEqual(recreated.status, 201, "a deleted request frees its key")
        let agentId = try XCTUnwrap(try service.created(R.agent(service.uniqueRef()), agent: true)["id"]?.stringValue)
        XCTAssertEqual(try service.send(.delete, R.base + "/vendor/\(agentId)", token: service.smartCloudToken).status, 202)
    }
}
