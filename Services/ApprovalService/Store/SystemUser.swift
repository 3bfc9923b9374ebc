import Domain
import Foundation

/// A system user as stored here (`approval.md` §3.1), with its state and approval record.
struct SystemUser: Sendable, Equatable {
    var id: String
    /// The request it was approved from (equal to `id`); nil for a user-driven user.
    var requestId: String?
    var systemId: String
    var supplierOrgNo: String
    var supplierName: String
    var partyOrgNo: String
    var externalRef: String
    var integrationTitle: String
    var userType: SystemUserType
    var rights: [Right]
    /// Package URNs, in request (or system) order.
    var accessPackages: [String]
    /// RFC 3339, the time of commit step (a).
    var created: String
    var state: SystemUserState
    var activationSequence: Int64?
    /// When step (a) committed, for the reconciler's 2 s rule.
    var decidedAt: Date
    /// The approval record: who decided.
    var decider: Decider

    var key: SystemUserKey { SystemUserKey(systemId: systemId, partyOrgNo: partyOrgNo, externalRef: externalRef) }
}
