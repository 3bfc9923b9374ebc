@testable import ApprovalService
import JSON
import XCTest

/// Reject, escalate, the confirm-page read and the pending list (`approval.md` §5).
final class DecisionTests: XCTestCase {
    func test_reject_marksRequestRejected_andThenApproveAnswers409() throws {
        let fixture = try ApprovalFixture()
        let id = fixture.addRequest(redirect: nil)
        let answer = try fixture.workflow.reject(fixture.call(id, ApprovalFixture.sindig))
        XCTAssertEqual(answer["status"], "Rejected")
        XCTAssertEqual(answer["redirectKind"], "loggedOut")
        XCTAssertEqual(fixture.requests.status(of: id), "Rejected")
        let again = XCTAssertProblem("AUTH-00013") { try fixture.workflow.reject(fixture.call(id)) }
        XCTAssertEqual(again?.extensionValue("status"), "Rejected")
        let approve = XCTAssertProblem("AUTH-00013") { try fixture.workflow.approve(fixture.call(id)) }
        XCTAssertEqual(approve?.extensionValue("status"), "Rejected")
        XCTAssertEqual(try fixture.store.count(state: .active), 0)
    }

    func test_reject_isRefused_forNonAccessManager() throws {
        let fixture = try ApprovalFixture()
        let id = fixture.addRequest()
        XCTAssertProblem("AUTH-00066") { try fixture.workflow.reject(fixture.call(id, ApprovalFixture.praktikant)) }
        XCTAssertEqual(try fixture.auditActions(), ["request.rejected:refused"])
    }

    func test_escalate_keepsFirstEscalation_andThenAccessManagerApproves() throws {
        let fixture = try ApprovalFixture()
        let id = fixture.addRequest(rights: ["ske-krav-og-betalinger", "a-melding"])
        let first = try fixture.workflow.escalate(fixture.call(id, ApprovalFixture.sindig))
        XCTAssertEqual(first["status"], "New")
        XCTAssertEqual(first["escalated"], true)
        XCTAssertEqual(first["escalatedAt"], "2026-11-23T10:01:00Z")
        let list = try fixture.workflow.pending(party: ApprovalFixture.party, type: .standard, escalated: true,
                                                person: ApprovalFixture.dress, deadline: nil)
        XCTAssertEqual(list[0]?["escalatedBy"]?["pid"], "02829241792")
        XCTAssertEqual(list[0]?["userMayApprove"], true)
        XCTAssertEqual(try fixture.workflow.approve(fixture.call(id))["status"], "Accepted")
    }

    func test_escalate_isRefusedWithoutCanEscalate_whenPersonHasNoAccess() throws {
        let fixture = try ApprovalFixture()
        let id = fixture.addRequest()
        let stranger = Decider(pid: "14849513878", userId: 20007)
        let problem = XCTAssertProblem("AUTH-00066") { try fixture.workflow.escalate(fixture.call(id, stranger)) }
        XCTAssertEqual(problem?.extensionValue("canEscalate"), false)
    }

    func test_confirmRead_reportsWhatThePersonMayDo() throws {
        let fixture = try ApprovalFixture()
        let id = fixture.addRequest(rights: ["ske-krav-og-betalinger", "a-melding"])
        let read = try fixture.workflow.confirmRead(requestId: id, agentRoute: false, person: ApprovalFixture.sindig,
                                                    deadline: nil)
        XCTAssertEqual(read["userMayApprove"], false)
        XCTAssertEqual(read["userMayEscalateButNotApprove"], true)
        XCTAssertEqual(read["userMayReject"], true)
        XCTAssertEqual(read["missingRights"], ["a-melding"])
        XCTAssertEqual(read["partyId"], .int(310202398))
        XCTAssertEqual(read["partyName"], "DISKRET NÆR TIGER AS")
        XCTAssertEqual(read["vendor"]?["name"], "SMARTCLOUD AS")
        XCTAssertEqual(read["systemUserType"], "Standard")
        XCTAssertEqual(read["partyUuid"], "454b4ce1-d89b-563c-b63f-287d646808d0")
        let stranger = Decider(pid: "14849513878", userId: 20007)
        XCTAssertProblem("AUTH-00066") {
            try fixture.workflow.confirmRead(requestId: id, agentRoute: false, person: stranger, deadline: nil)
        }
        XCTAssertProblem("AUTH-00010") {
            try fixture.workflow.confirmRead(requestId: id, agentRoute: true, person: ApprovalFixture.dress, deadline: nil)
        }
    }

    func test_pending_isRefused_forNonAccessManager() throws {
        let fixture = try ApprovalFixture()
        let problem = XCTAssertProblem("AUTH-00066") {
            try fixture.workflow.pending(party: ApprovalFixture.party, type: .standard, escalated: nil,
                                         person: ApprovalFixture.praktikant, deadline: nil)
        }
        XCTAssertNil(problem?.extensionValue("canEscalate"))
    }
}
