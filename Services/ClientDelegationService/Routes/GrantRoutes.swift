import Auth
import Domain
import HTTPServer
import JSON
import ServiceKit

/// `delegation.md` §5: explicit grants.
struct GrantRoutes: Sendable {
    static let path = "/accessmanagement/api/v1/enduser/connections/accesspackages"

    let service: DelegationService

    static func install(_ router: inout Router, service: DelegationService, context: ServiceContext) {
        let routes = GrantRoutes(service: service)
        let middleware = context.requireToken(kinds: [.user], anyOfScopes: [AuthScope.portalEndUser])
            + [AuthenticationLevel(), JSONContentNegotiation()]
        for slash in ["", "/"] {
            router.post(path + slash, middleware: middleware) { request, context in try routes.grant(request, context) }
            router.delete(path + slash, middleware: middleware) { request, context in try routes.revoke(request, context) }
            router.get(path + slash, middleware: middleware) { request, context in try routes.list(request, context) }
        }
    }

    /// §5.1.
    func grant(_ request: HTTPRequest, _ context: RequestContext) throws -> HTTPResponse {
        var parameters = GrantParameters(request.queryParameters, required: ["party", "to", "package"])
        if let package = parameters.package, !package.isAssignable {
            parameters.failures.add(GrantParameters.failure("AM.VLD-00048", "\(package.urn) cannot be granted.", "?package"))
        }
        if let party = parameters.party, parameters.to == party {
            parameters.failures.add(GrantParameters.failure("AM.VLD-00008", "A grant must go to another party.", "?to"))
        }
        try parameters.failures.check()
        guard let party = parameters.party, let to = parameters.to, let toType = parameters.toType,
              let package = parameters.package else { throw ProblemDetails.internalError() }
        let deadline = context.outgoingDeadline
        var existence = ValidationFailures()
        let numbers = toType == .organisation ? [party, to] : [party]
        let units = try service.data.units(numbers, deadline: deadline)
        for (number, path) in zip(numbers, ["?party", "?to"]) where units[number]?.unit?.isActive != true {
            existence.add(GrantParameters.failure("AM.VLD-00006", "\(number) does not exist.", path))
        }
        try existence.check()
        let person = try context.person
        let rights = try service.rights(party: party, person: person.pid, deadline: deadline)
        guard rights.isAccessManager else { throw DelegationProblem.notAccessManager(of: party) }
        let held = rights.held
        if !held.isMainAdministrator, !held.contains(package) || package.code == "hovedadministrator" {
            throw ProblemDetails.validation([GrantParameters.failure(
                "AM.VLD-00026", "The person may not grant \(package.urn) from \(party).", "?package")])
        }
        let outcome = try service.store.createGrant(from: party, to: to, toType: toType, package: package.code,
                                                    grantedBy: person.pid, actor: context.auditActor)
        return .json(outcome.grant.json(changed: outcome.changed).encoded())
    }

    /// §5.2.
    func revoke(_ request: HTTPRequest, _ context: RequestContext) throws -> HTTPResponse {
        var parameters = GrantParameters(request.queryParameters, required: ["party", "from", "to", "package"])
        if let party = parameters.party, let from = parameters.from, let to = parameters.to, party != from, party != to {
            parameters.failures.add(.invalidValue(path: "?party", detail: "party must equal from or to."))
        }
        try parameters.failures.check()
        guard let party = parameters.party, let from = parameters.from, let to = parameters.to,
              let package = parameters.package else { throw ProblemDetails.internalError() }
        try checkPartyAndPermission(party, context)
        let actor = context.auditActor
        _ = try service.store.revokeGrant(from: from, to: to, package: package.code, actor: actor) { connection in
            guard parameters.toType == .organisation else { return }
            try markLost(facilitator: to, client: from, actor: actor, context: context, connection: connection)
        }
        return HTTPResponse(status: 204)
    }

    /// §5.3.
    func list(_ request: HTTPRequest, _ context: RequestContext) throws -> HTTPResponse {
        var parameters = GrantParameters(request.queryParameters, required: ["party"])
        if let party = parameters.party, parameters.from != nil || parameters.to != nil,
           parameters.from != party, parameters.to != party {
            parameters.failures.add(.invalidValue(path: "?party", detail: "from or to must equal party."))
        }
        try parameters.failures.check()
        guard let party = parameters.party else { throw ProblemDetails.internalError() }
        try checkPartyAndPermission(party, context)
        var grants = service.index.grants(from: party) + service.index.grants(to: party).filter { $0.from != party }
        if let from = parameters.from { grants = grants.filter { $0.from == from } }
        if let to = parameters.to { grants = grants.filter { $0.to == to } }
        grants.sort { ($0.grantedAt, $0.id) < ($1.grantedAt, $1.id) }
        return .json(JSONValue.object([("links", .object([("next", .null)])),
                                       ("data", .array(grants.map { $0.json() }))]).encoded())
    }

    private func checkPartyAndPermission(_ party: String, _ context: RequestContext) throws {
        let deadline = context.outgoingDeadline
        guard try service.data.unit(party, deadline: deadline).unit?.isActive == true else {
            throw ProblemDetails.validation([GrantParameters.failure("AM.VLD-00006", "\(party) does not exist.", "?party")])
        }
        let person = try context.person
        guard try service.rights(party: party, person: person.pid, deadline: deadline).isAccessManager else {
            throw DelegationProblem.notAccessManager(of: party)
        }
    }
}
