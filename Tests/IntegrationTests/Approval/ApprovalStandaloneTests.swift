import Foundation
import HTTPClient
import JSON
import XCTest

/// What the Approval Service answers on its own (with the Registry, peers absent): configuration, token,
/// parameter and internal-route rules. These run today.
final class ApprovalStandaloneTests: XCTestCase {
    nonisolated(unsafe) static var registry: ServiceProcess?
    nonisolated(unsafe) static var approval: ServiceProcess?
    static let base = "/authentication/api/v1/systemuser"

    private func approval() throws -> ServiceProcess {
        if let approval = Self.approval { return approval }
        let registry = try ServiceProcess("RegistryService", keys: TestKeys.shared)
        try RegistryScenario.load(baseURL: registry.baseURL, token: try TestKeys.shared.platformToken(app: "tests"))
        let approval = try ServiceProcess("ApprovalService", keys: TestKeys.shared, environment: [
            "REGISTRY_URL": registry.baseURL, "REQUEST_URL": "http://127.0.0.1:9", "DELEGATION_URL": "http://127.0.0.1:9",
        ])
        Self.registry = registry
        Self.approval = approval
        return approval
    }

    override class func tearDown() {
        approval?.stop()
        registry?.stop()
        approval = nil
        registry = nil
        super.tearDown()
    }

    func test_badSettings_exitWithUsageError() throws {
        for environment in [["APPROVAL_PAGE_SIZE": "0"], ["APPROVAL_RECONCILE_SECONDS": "3601"],
                            ["ALLOW_FAULT_INJECTION": "1", "APPROVAL_FAULT": "later"]] {
            let result = try ToolRun.run(ServiceProcess.executable("ApprovalService"), [], environment: environment)
            XCTAssertEqual(result.status, 2, "\(environment)")
            XCTAssertEqual(result.stderr.split(separator: "\n").first.map { !$0.isEmpty }, true)
        }
    }

    func test_approve_checksTokenThenParameters() throws {
        let url = try approval().baseURL + Self.base + "/request/310202399/not-a-uuid/approve"
        XCTAssertEqual(try TestHTTP.send(.post, url).code, "AUTH-00101")
        let vendor = try TestKeys.shared.token(["vendor", "--org", "315602122", "--scopes", "altinn:authentication/systemuser.read"])
        XCTAssertEqual(try TestHTTP.send(.post, url, token: vendor).code, "AUTH-00102")
        let lowLevel = try TestKeys.shared.token(["user", "--pid", "12838148288", "--auth-level", "2"])
        XCTAssertEqual(try TestHTTP.send(.post, url, token: lowLevel).code, "AUTH-00020")
        let person = try TestKeys.shared.token(["user", "--pid", "12838148288", "--user-id", "20001"])
        let invalid = try TestHTTP.send(.post, url, token: person)
        XCTAssertEqual(invalid.status, 400)
        XCTAssertEqual(invalid.validationCodes, ["STD.VLD-00001 {party}", "STD.VLD-00003 {requestId}"])
    }

    func test_decisions_answer415_whenABodyIsNotJSON() throws {
        let person = try TestKeys.shared.token(["user", "--pid", "12838148288", "--user-id", "20001"])
        for action in ["approve", "reject", "escalate"] {
            let url = try approval().baseURL + Self.base + "/request/310202398/\(UUID().uuidString)/\(action)"
            let answer = try TestHTTP.send(.post, url, token: person, headers: ["Content-Type": "text/plain"],
                                           body: Array("approve".utf8))
            XCTAssertEqual(answer.status, 415, "\(action): \(answer.text)")
            XCTAssertEqual(answer.code, "STD-00415")
        }
    }

    func test_approve_answers400ForUnknownParty_and503WhenDelegationIsDown() throws {
        let person = try TestKeys.shared.token(["user", "--pid", "12838148288", "--user-id", "20001"])
        let id = UUID().uuidString.lowercased()
        let unknown = try TestHTTP.send(.post, try approval().baseURL + Self.base + "/request/315799996/\(id)/approve", token: person)
        XCTAssertEqual(unknown.code, "AUTH-00000")
        let down = try TestHTTP.send(.post, try approval().baseURL + Self.base + "/request/310202398/\(id)/approve", token: person)
        XCTAssertEqual(down.status, 503)
        XCTAssertEqual(down.jsonValue?["peer"], "delegation")
    }

    func test_internalRoutes_validateAndAnswerFromOwnDatabase() throws {
        let base = try approval().baseURL
        let platform = try TestKeys.shared.platformToken(app: "requests")
        let missing = try TestHTTP.get(base + "/internal/systemusers/lookup?partyOrgNo=310202399", token: platform)
        XCTAssertEqual(missing.validationCodes, ["STD.VLD-00004 ?systemId", "STD.VLD-00001 ?partyOrgNo"])
        let none = try TestHTTP.get(base + "/internal/systemusers/lookup?systemId=x&partyOrgNo=310202398", token: platform)
        XCTAssertEqual(none.code, "AUTH-00015")
        XCTAssertEqual(try TestHTTP.get(base + "/internal/systemusers/nope", token: platform).validationCodes,
                       ["STD.VLD-00003 {id}"])
        let person = try TestKeys.shared.token(["user", "--pid", "12838148288"])
        XCTAssertEqual(try TestHTTP.get(base + "/internal/systemusers/lookup?systemId=x&partyOrgNo=310202398",
                                        token: person).code, "AUTH-00102")
        let reconcile = try TestHTTP.send(.post, base + "/internal/reconcile", token: platform)
        XCTAssertEqual(reconcile.jsonValue, ["completed": 0, "aborted": 0, "pending": 0, "outbox": 0])
    }

    func test_agentUserPath_allowsOnlyDelete() throws {
        let person = try TestKeys.shared.token(["user", "--pid", "12838148288"])
        let response = try TestHTTP.get(try approval().baseURL + Self.base + "/agent/310202398/\(UUID().uuidString)",
                                        token: person)
        XCTAssertEqual(response.status, 405)
        XCTAssertEqual(response.headers["Allow"], "DELETE")
    }

    func test_byExternalId_reportsEveryParameterFailure() throws {
        let issuer = try TestKeys.shared.token(["vendor", "--org", "991825827", "--scopes", "altinn:maskinporten/systemuser.read"])
        let response = try TestHTTP.get(try approval().baseURL + Self.base + "/byExternalId?systemProviderOrgNo=1",
                                        token: issuer)
        XCTAssertEqual(response.validationCodes, ["STD.VLD-00004 ?clientId", "STD.VLD-00001 ?systemProviderOrgNo",
                                                  "STD.VLD-00004 ?systemUserOwnerOrgNo"])
    }
}
