import Auth
import Foundation
import HTTPServer
import JSON
import ServiceKit

/// The routes of system-user requests (`requests.md` §4): vendor create, reads and delete, portal
/// reads for a party, and the internal endpoints of the Approval Service.
struct RequestRoutes: Sendable {
    static let base = "/authentication/api/v1/systemuser/request"

    let store: RequestStore
    let systems: SystemStore
    let parties: PartyRegistry
    let systemUsers: SystemUserLookup
    let accessManagers: AccessManagerCheck
    let settings: RequestSettings
    let service: ServiceContext

    /// Builds the peer clients once, here at start-up, so that their connections are reused.
    static func install(_ router: inout Router, service: ServiceContext) throws {
        let database = try service.requireDatabase()
        let settings = try RequestSettings(environment: service.configuration.environment)
        let routes = RequestRoutes(
            store: RequestStore(database: database), systems: SystemStore(database: database),
            parties: PartyRegistry(client: service.makeClient(for: .registry), baseURL: service.baseURL(of: .registry),
                                   cacheSeconds: settings.registryCacheSeconds),
            systemUsers: SystemUserLookup(client: service.makeClient(for: .approval),
                                          baseURL: service.baseURL(of: .approval)),
            accessManagers: AccessManagerCheck(client: service.makeClient(for: .delegation),
                                               baseURL: service.baseURL(of: .delegation)),
            settings: settings, service: service)
        let write = service.requireToken(kinds: [.vendor], anyOfScopes: [AuthScope.systemUserRequestWrite])
            + [JSONContentNegotiation()]
        let read = service.requireToken(kinds: [.vendor], anyOfScopes: [AuthScope.systemUserRequestRead])
            + [JSONContentNegotiation()]
        let portal = service.requireToken(kinds: PortalAccess.kinds, anyOfScopes: PortalAccess.scopes)
            + [PortalAccess(), JSONContentNegotiation()]
        routes.installVendorWrites(&router, middleware: write)
        routes.installVendorReads(&router, middleware: read)
        routes.installPortal(&router, middleware: portal)
        routes.installInternal(&router, middleware: service.platformOnly + [JSONContentNegotiation()])
    }

    var portalURL: String { service.configuration.portalURL }

    func response(_ request: SystemUserRequest, status: Int = 200, location: Bool = false) -> HTTPResponse {
        var response = HTTPResponse.json(request.responseJSON(portalURL: portalURL, now: Date()).encoded(), status: status)
        if location { response.headers.set("Location", service.publicURL + request.type.vendorBase + "/" + request.id) }
        return response
    }

    static func ok(_ value: JSONValue) -> HTTPResponse { .json(value.encoded()) }

    /// Runs a write; a 4xx problem it throws is recorded as a refused attempt (§4.8, audit), then rethrown.
    func refusing(action: String, target: String, actor: @autoclosure () -> AuditActor,
                  _ body: () throws -> HTTPResponse) throws -> HTTPResponse {
        do {
            return try body()
        } catch let problem as ProblemDetails where (400..<500).contains(problem.status) {
            store.recordRefusal(problem, actor: actor(), action: action, target: target)
            throw problem
        }
    }
}
