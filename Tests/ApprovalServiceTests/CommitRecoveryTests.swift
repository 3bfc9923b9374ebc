@testable import ApprovalService
import HTTPClient
import JSON
import XCTest

/// Commit steps (b)–(d), their failures, the abort, the crash points and the reconciler (`approval.md` §4.3–4.5).
final class CommitRecoveryTests: XCTestCase {
    func test_approve_leavesCreating_whenDelegationIsDown_andRetryCompletesExactlyOnce() throws {
        let fixture = try ApprovalFixture()
        let id = fixture.addRequest()
        fixture.delegation.writesDown.store(true, ordering: .relaxed)
        XCTAssertThrowsError(try fixture.workflow.approve(fixture.call(id))) { error in
            XCTAssertTrue(error is HTTPClientError)
        }
        XCTAssertEqual(try fixture.store.user(id: id)?.state, .creating)
        XCTAssertEqual(fixture.requests.status(of: id), "New")
        fixture.delegation.writesDown.store(false, ordering: .relaxed)
        let answer = try fixture.workflow.approve(fixture.call(id))
        XCTAssertEqual(answer["status"], "Accepted")
        XCTAssertEqual(try fixture.store.count(state: .active), 1)
        XCTAssertEqual(try fixture.store.count(state: .creating), 0)
    }

    func test_approve_isRefusedWhileCreating_forRejectAndEscalate() throws {
        let fixture = try ApprovalFixture()
        let id = fixture.addRequest()
        fixture.delegation.writesDown.store(true, ordering: .relaxed)
        XCTAssertThrowsError(try fixture.workflow.approve(fixture.call(id)))
        fixture.delegation.writesDown.store(false, ordering: .relaxed)
        XCTAssertProblem("AUTH-00104", status: 409) { try fixture.workflow.reject(fixture.call(id)) }
        XCTAssertProblem("AUTH-00104", status: 409) { try fixture.workflow.escalate(fixture.call(id)) }
    }

    func test_resume_abortsAndDeletesEverywhere_whenRequestWasRejectedMeanwhile() throws {
        let fixture = try ApprovalFixture()
        let id = fixture.addRequest()
        // A crash after step (a) left the user `creating`; the request was rejected meanwhile.
        try insertCreating(fixture, id: id, age: 10)
        fixture.requests.update(id, "status", "Rejected")
        let pass = try fixture.reconciler.runPass(onlySettled: true)
        XCTAssertEqual(pass, ReconcilePass(completed: 0, aborted: 1, pending: 0, outbox: 0))
        XCTAssertEqual(try fixture.store.user(id: id)?.state, .deleted)
        XCTAssertTrue(fixture.delegation.deleted.withLock { $0.contains(id) })
        XCTAssertTrue(try fixture.auditActions().contains("approval.aborted:ok"))
    }

    func test_reconciler_completesSettledCreatingUsers_andSkipsYoungOnes() throws {
        let fixture = try ApprovalFixture()
        let old = fixture.addRequest(externalRef: "old")
        let young = fixture.addRequest(externalRef: "young")
        try insertCreating(fixture, id: old, age: 10)
        try insertCreating(fixture, id: young, age: 0)
        let pass = try fixture.reconciler.runPass(onlySettled: true)
        XCTAssertEqual(pass.completed, 1)
        XCTAssertEqual(pass.pending, 1)
        XCTAssertEqual(fixture.requests.status(of: old), "Accepted")
        let all = try fixture.reconciler.runPass(onlySettled: false)
        XCTAssertEqual(all, ReconcilePass(completed: 1, aborted: 0, pending: 0, outbox: 0))
        XCTAssertEqual(try fixture.auditActions().filter { $0 == "approval.completed:ok" }.count, 2)
    }

    func test_reconciler_keepsUserPending_whenPeerIsDown() throws {
        let fixture = try ApprovalFixture()
        let id = fixture.addRequest()
        try insertCreating(fixture, id: id, age: 10)
        fixture.requests.down.store(true, ordering: .relaxed)
        let pass = try fixture.reconciler.runPass(onlySettled: false)
        XCTAssertEqual(pass, ReconcilePass(completed: 0, aborted: 0, pending: 1, outbox: 0))
        XCTAssertEqual(try fixture.store.user(id: id)?.state, .creating)
    }

    func test_faultPoint_firesOnceAfterItsStep_andRetryGivesOneUser() throws {
        for point in FaultPoint.allCases {
            let fixture = try ApprovalFixture(fault: point)
            let id = fixture.addRequest()
            _ = try fixture.workflow.approve(fixture.call(id))
            XCTAssertEqual(fixture.crashes.recorded, [point])
            let second = fixture.addRequest(externalRef: "second")
            _ = try fixture.workflow.approve(fixture.call(second))
            XCTAssertEqual(fixture.crashes.recorded, [point], "fires at most once per process")
            XCTAssertEqual(try fixture.store.count(state: .active), 2)
        }
    }

    func test_faultInjector_isIgnored_withoutAllowFaultInjection() throws {
        XCTAssertNil(try ApprovalSettings(environment: ["APPROVAL_FAULT": "after-local-insert"]).fault)
        XCTAssertEqual(try ApprovalSettings(environment: ["APPROVAL_FAULT": "after-local-insert",
                                                          "ALLOW_FAULT_INJECTION": "1"]).fault, .afterLocalInsert)
        XCTAssertThrowsError(try ApprovalSettings(environment: ["APPROVAL_FAULT": "nope", "ALLOW_FAULT_INJECTION": "1"]))
    }

    func test_resume_afterCrashAtLocalInsert_publishesOnceAndAnswersSuccess() throws {
        let fixture = try ApprovalFixture()
        let id = fixture.addRequest()
        try insertCreating(fixture, id: id, age: nil)
        let answer = try fixture.workflow.approve(fixture.call(id))
        XCTAssertEqual(answer["systemUserId"]?.stringValue, id)
        XCTAssertEqual(fixture.delegation.publishCalls.load(ordering: .relaxed), 1)
        let decided = try XCTUnwrap(fixture.requests.statusCalls.withLock { $0.first })
        XCTAssertEqual(decided.decidedAt, "2026-11-23T10:00:00Z", "decidedAt comes from the approval record")
    }

    /// A `creating` user as commit step (a) leaves it, decided `age` seconds ago (nil: at a fixed past time).
    private func insertCreating(_ fixture: ApprovalFixture, id: String, age: TimeInterval?) throws {
        let request = try XCTUnwrap(fixture.requests.request(id: id, deadline: nil))
        let decided = age.map { Date().addingTimeInterval(-$0) } ?? DecisionClock.parse("2026-11-23T10:00:00Z")
        let user = SystemUser(
            id: id, requestId: id, systemId: request.systemId, supplierOrgNo: ApprovalFixture.vendor, supplierName: "",
            partyOrgNo: request.partyOrgNo, externalRef: request.externalRef, integrationTitle: request.integrationTitle,
            userType: request.type, rights: request.rights, accessPackages: request.accessPackages,
            created: DecisionClock.format(decided), state: .creating, activationSequence: nil, decidedAt: decided,
            decider: ApprovalFixture.dress)
        let audit = AuditEntry(actor: .person(pid: "12838148288", userId: 20001), action: "approval.recorded", target: id)
        XCTAssertEqual(try fixture.store.insertCreating(user, audit: audit), .inserted)
    }
}
