import HTTPServer
import ServiceKit

extension RequestContext {
    /// The audit actor of an internal write: the calling platform app (§5.7).
    var platformActor: AuditActor {
        if case .platform(let platform)? = principal { return .platform(app: platform.app) }
        return .platform(app: "unknown")
    }
}
