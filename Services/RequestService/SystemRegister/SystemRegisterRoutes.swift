import Auth
import HTTPServer
import JSON
import ServiceKit

/// The system register's routes (`requests.md` §3): vendor endpoints, portal reads and internal reads.
struct SystemRegisterRoutes: Sendable {
    static let base = "/authentication/api/v1/systemregister"

    let store: SystemStore
    let names: VendorNames

    static func install(_ router: inout Router, service: ServiceContext) throws {
        let routes = SystemRegisterRoutes(store: SystemStore(database: try service.requireDatabase()),
                                          names: VendorNames(service: service))
        let vendor = service.requireToken(kinds: [.vendor],
                                          anyOfScopes: [AuthScope.systemRegisterWrite, AuthScope.systemRegisterAdmin])
            + [JSONContentNegotiation()]
        let portal = service.requireToken(kinds: PortalAccess.kinds, anyOfScopes: PortalAccess.scopes)
            + [PortalAccess(), JSONContentNegotiation()]
        let internalJSON = service.platformOnly + [JSONContentNegotiation()]
        routes.installVendor(&router, middleware: vendor)
        routes.installPortal(&router, middleware: portal)
        routes.installInternal(&router, middleware: internalJSON)
    }

    /// The DTOs of `systems`, with vendor names looked up once for all of them.
    func dtos(_ systems: [RegisteredSystem], context: RequestContext) -> JSONValue {
        let vendorNames = systems.isEmpty ? [:] : names.names(for: systems.map(\.vendorOrg),
                                                                deadline: context.outgoingDeadline)
        return .array(systems.map { $0.dto(vendorName: vendorNames[$0.vendorOrg] ?? "") })
    }

    static func ok(_ value: JSONValue) -> HTTPResponse { .json(value.encoded()) }

    static let succeeded = ok(.object([("succeeded", .bool(true))]))
}
