import JSON
import XCTest

/// Portal reads for a party (`requests.md` §4.7).
final class RequestPortalTests: RequestTestCase {
    func test_portalRead_byAccessManagerOrPlatform() throws {
        let service = try service
        let standard = try service.created(R.standard(service.uniqueRef()))
        let id = try XCTUnwrap(standard["id"]?.stringValue)
        let path = R.base + "/\(R.customer)/\(id)"
        let byManager = try service.get(path, token: service.dressMinstToken)
        XCTAssertEqual(byManager.status, 200, byManager.text)
        XCTAssertEqual(byManager.jsonValue, standard)
        XCTAssertEqual(try service.get(path, token: service.platformToken).jsonValue, standard)
        let praktikant = try service.userToken(pid: RegistryScenario.nysgjerrigPraktikant.fodselsnummer)
        let refused = try service.get(path, token: praktikant)
        XCTAssertEqual(refused.status, 403)
        XCTAssertEqual(refused.code, "AUTH-00066")
        XCTAssertEqual(try service.get(R.base + "/agent/\(R.customer)/\(id)", token: service.platformToken).code,
                       "AUTH-00010", "a standard request is not found on the agent route")
        let otherParty = RegistryScenario.tilfeldigSubtilApe
        XCTAssertEqual(try service.get(R.base + "/\(otherParty)/\(id)", token: service.platformToken).code, "AUTH-00010")
    }

    func test_portalRead_agentRoute() throws {
        let service = try service
        let agent = try service.created(R.agent(service.uniqueRef()), agent: true)
        let id = try XCTUnwrap(agent["id"]?.stringValue)
        let read = try service.get(R.base + "/agent/\(RegistryScenario.tut)/\(id)", token: service.platformToken)
        XCTAssertEqual(read.jsonValue, agent)
        XCTAssertEqual(try service.get(R.base + "/\(RegistryScenario.tut)/\(id)", token: service.platformToken).code,
                       "AUTH-00010")
    }

    func test_portalRead_checksInOrder() throws {
        let service = try service
        let both = try service.get(R.base + "/310202399/nope", token: service.dressMinstToken)
        XCTAssertEqual(both.validationCodes, ["STD.VLD-00001 {party}", "STD.VLD-00003 {requestId}"])
        let unknownParty = try service.get(R.base + "/\(RegistryScenario.unknown)/\(UUID().uuidString)",
                                           token: service.dressMinstToken)
        XCTAssertEqual(unknownParty.status, 400)
        XCTAssertEqual(unknownParty.code, "AUTH-00000")
        let unknownRequest = try service.get(R.base + "/\(R.customer)/\(UUID().uuidString)", token: service.dressMinstToken)
        XCTAssertEqual(unknownRequest.status, 404)
        XCTAssertEqual(unknownRequest.code, "AUTH-00010")
        XCTAssertEqual(try service.get(R.base + "/\(R.customer)/\(UUID().uuidString)", token: service.smartCloudToken).code,
                       "AUTH-00102")
        let lowLevel = try service.userToken(pid: RegistryScenario.dressMinst.fodselsnummer, authLevel: 2)
        XCTAssertEqual(try service.get(R.base + "/\(R.customer)/\(UUID().uuidString)", token: lowLevel).code, "AUTH-00020")
    }

    func test_deletedRequest_isInvisibleToPortal() throws {
        let service = try service
        let id = try XCTUnwrap(try service.created(R.standard(service.uniqueRef()))["id"]?.stringValue)
        XCTAssertEqual(try service.send(.delete, "/internal/requests/\(id)", token: service.platformToken).status, 204)
        XCTAssertEqual(try service.get(R.base + "/\(R.customer)/\(id)", token: service.platformToken).code, "AUTH-00010")
    }
}
