import Auth
import Domain
import HTTPServer
import JSON
import ServiceKit

/// `delegation.md` §3: clients of agent system users.
struct ClientRoutes: Sendable {
    static let base = "/authentication/api/v1/enduser/systemuser"
    static let readScopes: Set<String> = ["altinn:clientdelegations.read", AuthScope.portalEndUser]
    static let writeScopes: Set<String> = ["altinn:clientdelegations.write", AuthScope.portalEndUser]

    let service: DelegationService

    static func install(_ router: inout Router, service: DelegationService, context: ServiceContext) {
        let routes = ClientRoutes(service: service)
        let read = context.requireToken(kinds: [.user], anyOfScopes: readScopes)
            + [AuthenticationLevel(), JSONContentNegotiation()]
        let write = context.requireToken(kinds: [.user], anyOfScopes: writeScopes)
            + [AuthenticationLevel(), JSONContentNegotiation()]
        for slash in ["", "/"] {
            router.get(base + "/clients/available" + slash, middleware: read) { request, context in
                try routes.available(request, context)
            }
            router.get(base + "/clients" + slash, middleware: read) { request, context in
                try routes.list(request, context)
            }
            router.post(base + "/clients" + slash, middleware: write) { request, context in
                try routes.add(request, context)
            }
            router.delete(base + "/clients" + slash, middleware: write) { request, context in
                try routes.remove(request, context)
            }
            router.get(base + "/agents" + slash, middleware: read) { request, context in
                try AgentRoutes(service: service).agents(request, context)
            }
        }
    }

    /// §3.2.
    func available(_ request: HTTPRequest, _ context: RequestContext) throws -> HTTPResponse {
        let call = try ClientCall.check(request, context: context, kind: .available, service: service)
        guard !call.user.accessPackages.isEmpty else { throw Self.noPackages(call.user.id) }
        let candidates = try service.clients.all(of: call.facilitator, deadline: context.outgoingDeadline)
        var items: [JSONValue] = []
        for candidate in candidates {
            let missing = candidate.relationship.missingPackages(ofURNs: call.user.accessPackages)
            guard missing.isEmpty || call.includeAll else { continue }
            let delegated = service.index.delegation(user: call.user.id, client: candidate.organisasjonsnummer)
                .map { !EffectivePackages.of($0, user: call.user, held: candidate.heldURNs).isEmpty } ?? false
            items.append(.object([
                ("clientId", .string(candidate.partyUUID)),
                ("clientOrganizationNumber", .string(candidate.organisasjonsnummer)),
                ("clientOrganizationName", .string(candidate.navn)),
                ("clientOrganizationForm", .string(candidate.organisasjonsform)),
                ("qualifies", .bool(missing.isEmpty)),
                ("missingPackages", JSONValue(missing)),
                ("relationships", .array(candidate.relationship.relationships.map(Self.json))),
                ("delegated", .bool(delegated)),
            ]))
        }
        return Self.page(call, items)
    }

    /// §3.3.
    func list(_ request: HTTPRequest, _ context: RequestContext) throws -> HTTPResponse {
        let call = try ClientCall.check(request, context: context, kind: .list, service: service)
        let delegations = service.index.delegations(ofUser: call.user.id).sorted { $0.client < $1.client }
        var items: [JSONValue] = []
        for delegation in delegations where !delegation.isLost {
            guard let candidate = try service.clients.client(delegation.client, of: call.facilitator,
                                                             deadline: context.outgoingDeadline) else { continue }
            let effective = EffectivePackages.of(delegation, user: call.user, held: candidate.heldURNs)
            guard !effective.isEmpty else { continue }
            items.append(.object([
                ("clientId", .string(candidate.partyUUID)),
                ("clientOrganizationNumber", .string(delegation.client)),
                ("clientOrganizationName", .string(candidate.navn)),
                ("accessPackages", .array(effective.map { .object([("urn", .string($0))]) })),
                ("delegatedAt", .string(delegation.delegatedAt)),
                ("delegatedBy", .object([("pid", .string(delegation.delegatedBy))])),
            ]))
        }
        return Self.page(call, items)
    }

    static func page(_ call: ClientCall, _ items: [JSONValue]) -> HTTPResponse {
        .json(JSONValue.object([
            ("links", .object([("next", .null)])),
            ("systemUserInformation", .object([("systemUserId", .string(call.user.id)),
                                               ("systemUserOwnerOrg", .string(call.facilitator))])),
            ("data", .array(items)),
        ]).encoded())
    }

    static func json(_ source: ClientRelationshipSource) -> JSONValue {
        switch source {
        case .role(let role): return .object([("type", "role"), ("role", .string(role))])
        case .grant: return .object([("type", "grant")])
        }
    }

    static func noPackages(_ id: String) -> ProblemDetails {
        DelegationProblem.make("AUTH-00058", detail: "Agent system user \(id) has no access packages.")
    }
}
