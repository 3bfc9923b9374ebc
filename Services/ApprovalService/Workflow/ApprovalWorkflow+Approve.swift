import Foundation
import HTTPServer
import JSON
import ServiceKit

extension ApprovalWorkflow {
    static let refusedApproval = "approval.refused"

    /// `approval.md` §4: the checks of §4.1 in order, then the commit of §4.3.
    func approve(_ call: DecisionCall) throws -> JSONValue {
        try requireActiveParty(call.party, deadline: call.deadline)
        let held = try rights(of: call.person, in: call.party, deadline: call.deadline)
        guard held.isAccessManager else {
            throw refuse(ApprovalProblems.notAccessManager(canEscalate: held.hasAnyAccess), call, action: Self.refusedApproval)
        }
        let request = try requireRequest(call, refusal: Self.refusedApproval)
        return try locks.withLock(call.requestId) { try approveLocked(call, request: request, held: held) }
    }

    /// Steps 6–11, holding the request's lock.
    private func approveLocked(_ call: DecisionCall, request: SystemUserRequest, held: PersonRights) throws -> JSONValue {
        if let existing = try store.user(id: request.id), let answer = try resume(existing, call, request) {
            return answer
        }
        guard request.isNew else {
            throw refuse(ApprovalProblems.notNew(status: request.status), call, action: Self.refusedApproval)
        }
        guard let system = try requests.system(id: request.systemId, deadline: call.deadline), !system.isDeleted else {
            throw ApprovalProblems.systemNotFound(request.systemId)
        }
        let missing = ApprovalRule.missing(for: request, held: held)
        guard missing.isEmpty else { throw refuse(ApprovalProblems.missing(missing), call, action: Self.refusedApproval) }
        let user = newUser(from: request, system: system, call: call)
        if let live = try store.liveUser(key: user.key), live.id != user.id {
            throw refuse(ApprovalProblems.keyTaken(), call, action: Self.refusedApproval)
        }
        do { try RequestConsistency.check(request, against: system) } catch let problem as ProblemDetails {
            throw refuse(problem, call, action: Self.refusedApproval)
        }
        let audit = AuditEntry(actor: call.actor, action: "approval.recorded", target: request.id,
                               details: [("party", .string(call.party)), ("requestId", .string(request.id))])
        switch try store.insertCreating(user, audit: audit) {
        case .inserted:
            faults.reached(.afterLocalInsert)
            return try finish(user, call, request)
        case .idExists(let existing):
            if let answer = try resume(existing, call, request) { return answer }
            throw ApprovalProblems.notNew(status: request.status)
        case .keyTaken:
            throw refuse(ApprovalProblems.keyTaken(), call, action: Self.refusedApproval)
        }
    }

    /// Step 6: an earlier approval of the same request. Nil when it was deleted (go on to step 7).
    private func resume(_ existing: SystemUser, _ call: DecisionCall, _ request: SystemUserRequest) throws -> JSONValue? {
        switch existing.state {
        case .active: throw ApprovalProblems.notNew(status: "Accepted", systemUserId: existing.id)
        case .creating: return try finish(existing, call, request)
        case .deleted: return nil
        }
    }

    private func finish(_ user: SystemUser, _ call: DecisionCall, _ request: SystemUserRequest) throws -> JSONValue {
        switch try completion.complete(user, actor: call.actor, deadline: call.deadline, faults: faults) {
        case .completed:
            return answer(request, [("status", "Accepted"), ("systemUserId", .string(user.id)),
                                    ("userType", .string(user.userType.rawValue))])
        case .aborted(let status):
            throw ApprovalProblems.notNew(status: status)
        }
    }

    /// The user approval creates (§4.3): id = request id, `supplierName` from the Registry.
    private func newUser(from request: SystemUserRequest, system: RegisteredSystemInfo, call: DecisionCall) -> SystemUser {
        let now = clock()
        return SystemUser(
            id: request.id, requestId: request.id, systemId: request.systemId, supplierOrgNo: system.vendorOrgNo,
            supplierName: registry.name(of: system.vendorOrgNo, deadline: call.deadline), partyOrgNo: request.partyOrgNo,
            externalRef: request.externalRef, integrationTitle: request.integrationTitle, userType: request.type,
            rights: request.type == .agent ? [] : request.rights, accessPackages: request.accessPackages,
            created: DecisionClock.format(now), state: .creating, activationSequence: nil, decidedAt: now,
            decider: call.person)
    }
}
