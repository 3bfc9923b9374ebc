import Auth
import HTTPServer
import JSON

/// The vendor behind a system-register call, with its ownership rule (`requests.md` §2).
struct VendorCaller: Sendable {
    let vendor: VendorPrincipal

    init(_ context: RequestContext) throws {
        guard case .vendor(let vendor)? = context.principal else { throw ProblemDetails.internalError() }
        self.vendor = vendor
    }

    var organization: String { vendor.organizationNumber }
    var isAdmin: Bool { vendor.scopes.contains(AuthScope.systemRegisterAdmin) }

    /// 403 `AUTH-00103` unless the system is the caller's own or the caller has the admin scope.
    func requireOwnership(of system: RegisteredSystem) throws {
        guard system.vendorOrg == organization || isAdmin else { throw SystemProblems.foreignVendor(system.id) }
    }

    func change(_ data: JSONValue) -> SystemChange {
        SystemChange(organization: organization, clientId: vendor.clientId, changedData: data)
    }
}
