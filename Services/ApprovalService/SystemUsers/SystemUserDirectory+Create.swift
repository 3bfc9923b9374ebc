import Foundation
import HTTPClient
import HTTPServer
import JSON
import ServiceKit

extension SystemUserDirectory {
    static let refusedCreation = "systemuser.create-refused"

    /// `approval.md` §6.2 after the token and `{party}` checks: person, body, system, AND rule, key; then
    /// §4.3 without step (c).
    func create(party: String, body: () throws -> CreationBody, person: Decider, deadline: Deadline?) throws -> JSONValue {
        let held = try self.person(person, in: party, deadline: deadline)
        let refuse = { (problem: ProblemDetails, target: String) -> ProblemDetails in
            try? store.record(AuditEntry(actor: .person(pid: person.pid, userId: person.userId),
                                         action: Self.refusedCreation, target: target, outcome: .refused,
                                         details: [("party", .string(party)), ("code", .string(problem.code))]
                                            + problem.extensions.filter { $0.0.hasPrefix("missing") }))
            return problem
        }
        guard held.isAccessManager else { throw refuse(ApprovalProblems.notAccessManager(canEscalate: nil), "") }
        let body = try body()
        guard let system = try workflow.requests.system(id: body.systemId, deadline: deadline), !system.isDeleted,
              system.isVisible else { throw refuse(ApprovalProblems.systemNotFound(body.systemId), "") }
        guard !system.rights.isEmpty || !system.accessPackages.isEmpty else {
            throw refuse(ApprovalProblems.nothingToGrant(system.id), "")
        }
        let missing = ApprovalRule.missing(rights: system.rights, packages: system.accessPackages, held: held)
        guard missing.isEmpty else { throw refuse(ApprovalProblems.missing(missing), "") }
        let key = SystemUserKey(systemId: system.id, partyOrgNo: party, externalRef: party)
        if let live = try store.liveUser(key: key) {
            guard live.state == .creating, live.requestId == nil else { throw refuse(ApprovalProblems.keyTaken(), live.id) }
            return try finish(live, person: person, deadline: deadline)
        }
        let user = newUser(system: system, party: party, title: body.integrationTitle, person: person, deadline: deadline)
        let audit = AuditEntry(actor: .person(pid: person.pid, userId: person.userId), action: "systemuser.created",
                               target: user.id, details: [("party", .string(party))])
        switch try store.insertCreating(user, audit: audit) {
        case .inserted: return try finish(user, person: person, deadline: deadline)
        case .idExists, .keyTaken: throw refuse(ApprovalProblems.keyTaken(), user.id)
        }
    }

    private func finish(_ user: SystemUser, person: Decider, deadline: Deadline?) throws -> JSONValue {
        _ = try workflow.locks.withLock(user.id) {
            try workflow.completion.complete(user, actor: .person(pid: person.pid, userId: person.userId), deadline: deadline)
        }
        return (try store.user(id: user.id) ?? user).detailJSON
    }

    private func newUser(system: RegisteredSystemInfo, party: String, title: String?, person: Decider,
                         deadline: Deadline?) -> SystemUser {
        let now = workflow.clock()
        return SystemUser(
            id: UUID().uuidString.lowercased(), requestId: nil, systemId: system.id, supplierOrgNo: system.vendorOrgNo,
            supplierName: workflow.registry.name(of: system.vendorOrgNo, deadline: deadline), partyOrgNo: party,
            externalRef: party, integrationTitle: title ?? system.nameNb, userType: .standard, rights: system.rights,
            accessPackages: system.accessPackages, created: DecisionClock.format(now), state: .creating,
            activationSequence: nil, decidedAt: now, decider: person)
    }
}
