import Auth
import HTTPServer
import ServiceKit

extension RequestContext {
    /// The person behind a user token (the route's token rule guarantees one).
    var person: UserPrincipal {
        get throws {
            guard case .user(let user)? = principal else { throw ProblemDetails.internalError() }
            return user
        }
    }

    /// The audit actor of the request's token.
    var auditActor: AuditActor {
        switch principal {
        case .user(let user)?: return .person(pid: user.pid, userId: user.userId)
        case .platform(let platform)?: return .platform(app: platform.app)
        case .vendor(let vendor)?: return .vendor(organization: vendor.organizationNumber, clientId: vendor.clientId)
        case nil: return .platform(app: "delegation")
        }
    }
}
