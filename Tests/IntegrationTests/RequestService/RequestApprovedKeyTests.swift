import JSON
import Scenario
import XCTest

/// §4.4 step 5 (`requests.md` §5: "After J2, repeating R1's create gives 400 AUTH-00004").
final class RequestApprovedKeyTests: RequestTestCase {
    func test_afterApproval_repeatingTheCreate_givesAUTH00004() throws {
        let service = try service
        let body = R.standard("smartcloud-dnt-1", redirect: "https://smartcloud.example/receipt?kunde=dnt")
        let r1 = try service.created(body)
        let id = try XCTUnwrap(r1["id"]?.stringValue)
        XCTAssertTrue(r1["confirmUrl"]?.stringValue?.hasSuffix("&DONTCHOOSEREPORTEE=true") == true)
        try service.peers.approve(requestId: id, party: R.customer, as: RegistryScenario.dressMinst, keys: service.keys)
        XCTAssertEqual(try service.get(R.base + "/vendor/\(id)", token: service.smartCloudToken).jsonValue?["status"],
                       "Accepted")
        let repeated = try service.create(body)
        XCTAssertEqual(repeated.status, 400)
        XCTAssertEqual(repeated.code, "AUTH-00004")
        let agent = try service.create(R.agent("smartcloud-dnt-1", system: R.standardSystem, party: R.customer), agent: true)
        XCTAssertEqual(agent.code, "AUTH-00004", "a system user is unique per key regardless of type")
        let other = try service.create(R.standard("smartcloud-dnt-2"))
        XCTAssertEqual(other.status, 201)
    }
}
