import Auth
import HTTPServer
import JSON
import ServiceKit

/// Every route of `approval.md` §1, on the parts built once at start-up.
struct ApprovalRoutes: Sendable {
    static let base = "/authentication/api/v1/systemuser"

    let workflow: ApprovalWorkflow
    let directory: SystemUserDirectory
    let vendors: VendorDirectory
    let reconciler: Reconciler
    let decisions: DecisionMetrics
    let service: ServiceContext

    static func ok(_ value: JSONValue, status: Int = 200) -> HTTPResponse { .json(value.encoded(), status: status) }

    var person: [any Middleware] {
        service.requireToken(kinds: [.user], anyOfScopes: [AuthScope.portalEndUser])
            + [PersonAccess(), JSONContentNegotiation()]
    }

    func install(_ router: inout Router) {
        installRequests(&router)
        installParty(&router)
        installVendor(&router)
        installInternal(&router)
    }
}
