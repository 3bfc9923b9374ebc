import JSON
import ServiceKit

/// Who writes a change to the register, and what is logged for it (`requests.md` §3.2).
struct SystemChange: Sendable {
    enum Kind: String, Sendable {
        case create, update, rightsupdate, accesspackageupdate, delete

        var auditAction: String {
            switch self {
            case .create: return "system.created"
            case .update: return "system.updated"
            case .rightsupdate: return "system.rights-updated"
            case .accesspackageupdate: return "system.packages-updated"
            case .delete: return "system.deleted"
            }
        }
    }

    /// The token's organisation (the admin's own with the admin scope).
    var organization: String
    /// The token's `client_id`, when it has one.
    var clientId: String?
    /// The body as sent; `{}` for a delete.
    var changedData: JSONValue

    var actor: AuditActor { .vendor(organization: organization, clientId: clientId) }
}
