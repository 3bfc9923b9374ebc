import Auth
import HTTPServer
import JSON
import ServiceKit

extension ApprovalRoutes {
    /// §7 vendor reads and §8 the token issuer's lookup.
    func installVendor(_ router: inout Router) {
        let bySystem = service.requireToken(kinds: [.vendor], anyOfScopes: [
            AuthScope.systemUserRead, AuthScope.systemRegisterWrite, AuthScope.systemRegisterAdmin,
        ]) + [JSONContentNegotiation()]
        router.get(Self.base + "/vendor/bysystem/{systemId}", middleware: bySystem) { request, context in
            Self.ok(try vendors.bySystem(context.parameters["systemId"] ?? "", token: request.queryParameters["token"],
                                         vendor: try Self.vendor(context), publicURL: service.publicURL,
                                         deadline: context.outgoingDeadline))
        }
        let byQuery = service.requireToken(kinds: [.vendor], anyOfScopes: [
            AuthScope.systemUserRequestWrite, AuthScope.systemUserRequestRead, AuthScope.systemUserRead,
        ]) + [JSONContentNegotiation()]
        router.get(Self.base + "/vendor/byquery", middleware: byQuery) { request, context in
            Self.ok(try vendors.byQuery(request.queryParameters, vendor: try Self.vendor(context),
                                        deadline: context.outgoingDeadline))
        }
        let issuer = service.requireToken(kinds: [.vendor, .platform], anyOfScopes: [
            AuthScope.maskinportenSystemUserRead, AuthScope.platformInternal,
        ]) + [IssuerScope(), JSONContentNegotiation()]
        router.get(Self.base + "/byExternalId", middleware: issuer) { request, context in
            var response = Self.ok(try vendors.byExternalId(request.queryParameters, deadline: context.outgoingDeadline))
            response.headers.set("Cache-Control", "no-store")
            return response
        }
    }

    static func vendor(_ context: RequestContext) throws -> VendorPrincipal {
        guard case .vendor(let vendor)? = context.principal else { throw ProblemDetails.internalError() }
        return vendor
    }
}

/// §8: a vendor token needs `altinn:maskinporten/systemuser.read`, a platform token
/// `altinn:platform/internal` (a vendor token holding only the platform scope is refused).
struct IssuerScope: Middleware {
    func handle(_ request: HTTPRequest, context: RequestContext,
                next: (HTTPRequest, RequestContext) throws -> HTTPResponse) throws -> HTTPResponse {
        if case .vendor(let vendor)? = context.principal, !vendor.scopes.contains(AuthScope.maskinportenSystemUserRead) {
            throw ProblemDetails(.forbidden(detail: "The token lacks altinn:maskinporten/systemuser.read.",
                                            requiredScopes: [AuthScope.maskinportenSystemUserRead],
                                            acceptedTokenKinds: [.vendor, .platform]))
        }
        return try next(request, context)
    }
}
