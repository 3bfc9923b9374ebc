import Domain
import HTTPServer
import JSON
import ServiceKit

/// `delegation.md` §6: `GET /internal/rights?party=&person=`.
struct RightsRoutes: Sendable {
    let service: DelegationService

    static func install(_ router: inout Router, service: DelegationService, context: ServiceContext) {
        let routes = RightsRoutes(service: service)
        for slash in ["", "/"] {
            router.get("/internal/rights" + slash, middleware: context.platformOnly + [JSONContentNegotiation()]) {
                request, context in try routes.rights(request, context)
            }
        }
    }

    func rights(_ request: HTTPRequest, _ context: RequestContext) throws -> HTTPResponse {
        let query = request.queryParameters
        var failures = ValidationFailures()
        let party = query["party"] ?? ""
        let person = query["person"] ?? ""
        if party.isEmpty { failures.add(.missing(path: "?party")) } else if !OrganizationNumber.isValid(party) {
            failures.add(.invalidOrganizationNumber(party, path: "?party"))
        }
        if person.isEmpty { failures.add(.missing(path: "?person")) } else if !PersonIdentifier.isValid(person) {
            failures.add(.invalidPersonIdentifier(path: "?person"))
        }
        try failures.check()
        let rights = try service.rights(party: party, person: person, deadline: context.outgoingDeadline)
        let cache = service.data.cache
        let cachePosition = cache.isCaughtUp() ? cache.snapshot.position : 0
        return .json(rights.json(cachePosition: cachePosition).encoded())
    }
}
