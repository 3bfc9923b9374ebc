@testable import ApprovalService
import HTTPClient
import JSON
import XCTest

final class ApproveTests: XCTestCase {
    func test_approve_createsActiveUserAndAcceptsRequest_whenAccessManagerHoldsEverything() throws {
        let fixture = try ApprovalFixture()
        let id = fixture.addRequest()
        let answer = try fixture.workflow.approve(fixture.call(id))
        XCTAssertEqual(answer["status"], "Accepted")
        XCTAssertEqual(answer["systemUserId"]?.stringValue, id)
        XCTAssertEqual(answer["redirectUrl"], "https://smartcloud.example/receipt?kunde=0042")
        XCTAssertEqual(answer["redirectKind"], "vendor")
        XCTAssertEqual(answer["loggedOut"], true)
        let user = try XCTUnwrap(fixture.store.user(id: id))
        XCTAssertEqual(user.state, .active)
        XCTAssertEqual(user.supplierName, "SMARTCLOUD AS")
        XCTAssertNotNil(fixture.delegation.published.withLock { $0[id] })
        XCTAssertEqual(fixture.requests.status(of: id), "Accepted")
        XCTAssertEqual(try fixture.auditActions(), ["approval.recorded:ok", "approval.completed:ok"])
    }

    func test_approve_redirectsToLoggedOutURL_whenRequestHasNoRedirect() throws {
        let fixture = try ApprovalFixture()
        let id = fixture.addRequest(redirect: nil)
        let answer = try fixture.workflow.approve(fixture.call(id))
        XCTAssertEqual(answer["redirectUrl"]?.stringValue, ApprovalFixture.loggedOut)
        XCTAssertEqual(answer["redirectKind"], "loggedOut")
    }

    func test_approve_refusesWithMissingList_whenAccessManagerLacksARight() throws {
        let fixture = try ApprovalFixture()
        let id = fixture.addRequest(rights: ["ske-krav-og-betalinger", "a-melding"])
        let problem = XCTAssertProblem("AUTH-00016", status: 403) { try fixture.workflow.approve(fixture.call(id, ApprovalFixture.sindig)) }
        XCTAssertEqual(problem?.extensionValue("missingRights"), ["a-melding"])
        XCTAssertEqual(problem?.extensionValue("missingPackages"), [])
        XCTAssertEqual(problem?.extensionValue("canEscalate"), true)
        XCTAssertNil(try fixture.store.user(id: id))
        XCTAssertEqual(try fixture.auditActions(), ["approval.refused:refused"])
    }

    func test_approve_refusesWithCanEscalate_whenPersonIsNotAccessManager() throws {
        let fixture = try ApprovalFixture()
        let id = fixture.addRequest()
        let problem = XCTAssertProblem("AUTH-00066", status: 403) {
            try fixture.workflow.approve(fixture.call(id, ApprovalFixture.praktikant))
        }
        XCTAssertEqual(problem?.extensionValue("canEscalate"), true)
        let stranger = Decider(pid: "14849513878", userId: 20007)
        let none = XCTAssertProblem("AUTH-00066") { try fixture.workflow.approve(fixture.call(id, stranger)) }
        XCTAssertEqual(none?.extensionValue("canEscalate"), false)
    }

    func test_approve_answers409WithSystemUserId_whenApprovedTwice() throws {
        let fixture = try ApprovalFixture()
        let id = fixture.addRequest()
        _ = try fixture.workflow.approve(fixture.call(id))
        let problem = XCTAssertProblem("AUTH-00013", status: 409) { try fixture.workflow.approve(fixture.call(id)) }
        XCTAssertEqual(problem?.extensionValue("status"), "Accepted")
        XCTAssertEqual(problem?.extensionValue("systemUserId")?.stringValue, id)
    }

    func test_approve_answers404_whenRequestUnknownOrOfOtherType() throws {
        let fixture = try ApprovalFixture()
        let standard = fixture.addRequest()
        XCTAssertProblem("AUTH-00030", status: 404) { try fixture.workflow.approve(fixture.call(standard, agent: true)) }
        XCTAssertProblem("AUTH-00010", status: 404) {
            try fixture.workflow.approve(fixture.call("00000000-0000-4000-8000-000000000000"))
        }
    }

    func test_approve_answers403_whenPartyIsNotTheRequests() throws {
        let fixture = try ApprovalFixture()
        fixture.registry.add("310904473", name: "APE")
        let id = fixture.addRequest()
        XCTAssertProblem("AUTH-00041", status: 403) { try fixture.workflow.approve(fixture.call(id, party: "310904473")) }
    }

    func test_approve_answers400_whenPartyUnknownInRegistry() throws {
        let fixture = try ApprovalFixture()
        let id = fixture.addRequest()
        XCTAssertProblem("AUTH-00000", status: 400) { try fixture.workflow.approve(fixture.call(id, party: "315799996")) }
    }

    func test_approve_answers409Timedout_whenRequestExpired() throws {
        let fixture = try ApprovalFixture()
        let id = fixture.addRequest(status: "Timedout")
        let problem = XCTAssertProblem("AUTH-00013") { try fixture.workflow.approve(fixture.call(id)) }
        XCTAssertEqual(problem?.extensionValue("status"), "Timedout")
        XCTAssertNil(try fixture.store.user(id: id))
    }

    func test_approve_answers400_whenKeyHeldByAnotherUser() throws {
        let fixture = try ApprovalFixture()
        let first = fixture.addRequest(externalRef: "same")
        _ = try fixture.workflow.approve(fixture.call(first))
        let second = fixture.addRequest(externalRef: "same")
        XCTAssertProblem("AUTH-00004", status: 400) { try fixture.workflow.approve(fixture.call(second)) }
    }

    func test_approve_answers400_whenRequestedPackageLeftTheSystem() throws {
        let fixture = try ApprovalFixture()
        fixture.delegation.grant(ApprovalFixture.dress.pid, PersonRights(
            isAccessManager: true, hasAnyAccess: true, packages: ["urn:altinn:accesspackage:skattegrunnlag"],
            resources: ["ske-krav-og-betalinger"]))
        let id = fixture.addRequest(packages: ["skattegrunnlag"])
        let problem = XCTAssertProblem("AUTH-00063") { try fixture.workflow.approve(fixture.call(id)) }
        XCTAssertEqual(problem?.extensionValue("NotFoundPackages"), ["urn:altinn:accesspackage:skattegrunnlag"])
    }

    func test_approve_agentRequest_needsOnlyAccessManager() throws {
        let fixture = try ApprovalFixture()
        let id = fixture.addRequest(type: "agent", rights: [], packages: ["regnskapsforer-lonn"])
        fixture.requests.systems.withLock {
            $0[ApprovalFixture.systemId]?.accessPackages = ["urn:altinn:accesspackage:regnskapsforer-lonn"]
        }
        let answer = try fixture.workflow.approve(fixture.call(id, agent: true))
        XCTAssertEqual(answer["userType"], "agent")
        XCTAssertEqual(try fixture.store.user(id: id)?.userType, .agent)
    }
}
