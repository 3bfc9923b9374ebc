import Domain
import HTTPServer
import JSON
import ServiceKit

extension ClientRoutes {
    /// §3.4: add a client.
    func add(_ request: HTTPRequest, _ context: RequestContext) throws -> HTTPResponse {
        let call = try ClientCall.check(request, context: context, kind: .add, service: service)
        let actor = context.auditActor
        guard !call.user.accessPackages.isEmpty else {
            try refuse(call, code: "AUTH-00058", actor: actor)
            throw Self.noPackages(call.user.id)
        }
        guard let candidate = try resolveCandidate(call, context: context) else {
            try refuse(call, code: "AUTH-00079", actor: actor)
            throw DelegationProblem.make("AUTH-00079", detail: "\(call.clientParameter) is not a client of \(call.facilitator).")
        }
        let missing = candidate.relationship.missingPackages(ofURNs: call.user.accessPackages)
        guard missing.isEmpty else {
            try refuse(call, code: "AUTH-00080", actor: actor, missing: missing)
            throw DelegationProblem.make("AUTH-00080",
                                         detail: "\(call.facilitator) does not hold every package of the system user for \(candidate.organisasjonsnummer).",
                                         extensions: [("missingPackages", JSONValue(missing))])
        }
        let client = candidate.organisasjonsnummer
        let packages = call.user.accessPackages
        let changed = try service.store.write { connection -> Bool in
            let existing = service.index.delegation(user: call.user.id, client: client)
            if let existing,
               Set(EffectivePackages.of(existing, user: call.user, held: candidate.heldURNs)) == Set(packages) {
                return false
            }
            let delegation = ClientDelegation(systemUserId: call.user.id, client: client,
                                              packages: packages.map { DelegatedPackage(urn: $0) },
                                              delegatedAt: DelegationStore.now(), delegatedBy: call.person.pid)
            try service.store.storeDelegation(delegation, in: connection)
            try AuditLog.record(connection, actor: actor, action: "client.added", target: call.user.id, details: [
                ("party", .string(call.facilitator)), ("client", .string(client)), ("packages", JSONValue(packages)),
                ("replaced", .bool(existing != nil))])
            return true
        }
        return .json(JSONValue.object([
            ("agent", .string(request.queryParameters["agent"] ?? call.agent)),
            ("client", .string(call.clientParameter)),
            ("clientOrganizationNumber", .string(client)),
            ("accessPackages", .array(packages.map { .object([("urn", .string($0))]) })),
            ("changed", .bool(changed)),
        ]).encoded())
    }

    /// §3.5: remove a client.
    func remove(_ request: HTTPRequest, _ context: RequestContext) throws -> HTTPResponse {
        let call = try ClientCall.check(request, context: context, kind: .remove, service: service)
        let candidates = service.index.delegations(ofUser: call.user.id).compactMap { OrganizationNumber(rawValue: $0.client) }
        let client = call.client?.organizationNumber?.rawValue
            ?? call.client?.resolve(among: candidates)?.rawValue
        let actor = context.auditActor
        let changed = try client.map { client in
            try service.store.write { connection -> Bool in
                guard service.index.delegation(user: call.user.id, client: client) != nil else { return false }
                try service.store.deleteDelegation(user: call.user.id, client: client, in: connection)
                try AuditLog.record(connection, actor: actor, action: "client.removed", target: call.user.id, details: [
                    ("party", .string(call.facilitator)), ("client", .string(client)), ("reason", "removed-by-user")])
                return true
            }
        } ?? false
        var members: [(String, JSONValue)] = [("agent", .string(request.queryParameters["agent"] ?? call.agent)),
                                              ("client", .string(call.clientParameter))]
        if let client { members.append(("clientOrganizationNumber", .string(client))) }
        members.append(("changed", .bool(changed)))
        return .json(JSONValue.object(members).encoded())
    }

    /// The client named by `client`: a number looked up directly, a UUID among all clients of F.
    private func resolveCandidate(_ call: ClientCall, context: RequestContext) throws -> ClientCandidate? {
        switch call.client {
        case .organization(let number)?:
            return try service.clients.client(number.rawValue, of: call.facilitator, deadline: context.outgoingDeadline)
        case .partyUUID?:
            let all = try service.clients.all(of: call.facilitator, deadline: context.outgoingDeadline)
            let numbers = all.compactMap { OrganizationNumber(rawValue: $0.organisasjonsnummer) }
            guard let match = call.client?.resolve(among: numbers) else { return nil }
            return all.first { $0.organisasjonsnummer == match.rawValue }
        case nil:
            return nil
        }
    }

    /// Audit `client.add-refused` for steps 1–3 of §3.4.
    private func refuse(_ call: ClientCall, code: String, actor: AuditActor, missing: [String]? = nil) throws {
        var details: [(String, JSONValue)] = [("party", .string(call.facilitator)),
                                              ("client", .string(call.clientParameter)), ("code", .string(code))]
        if let missing { details.append(("missingPackages", JSONValue(missing))) }
        _ = try service.store.write { connection in
            try AuditLog.record(connection, actor: actor, action: "client.add-refused", target: call.user.id,
                                outcome: .refused, details: details)
        }
    }
}
