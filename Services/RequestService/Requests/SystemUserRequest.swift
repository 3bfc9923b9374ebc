import Domain
import Foundation

/// A system-user request as stored (`requests.md` §4). `created` and `expires` are whole seconds since
/// 1970; the status as read is `status(at:)`.
struct SystemUserRequest: Sendable {
    var sequence: Int64
    var id: String
    var type: RequestType
    var systemId: String
    var vendorOrg: String
    var partyOrgNo: String
    var externalRef: String
    var integrationTitle: String
    var rights: [Right]
    var accessPackages: [String]
    var storedStatus: RequestStatus
    var redirectUrl: String?
    var escalated: Bool
    var escalatedBy: PersonReference?
    var escalatedAt: String?
    var decidedBy: PersonReference?
    var decidedAt: String?
    var systemUserId: String?
    var created: Int64
    var expires: Int64
    var isDeleted: Bool

    /// `Timedout` when the stored status is `New` and `now ≥ expires` (§4.3).
    func status(at now: Date) -> RequestStatus {
        if storedStatus == .new, Int64(now.timeIntervalSince1970.rounded(.down)) >= expires { return .timedOut }
        return storedStatus
    }

    var key: RequestKey { RequestKey(systemId: systemId, partyOrgNo: partyOrgNo, externalRef: externalRef) }
}
