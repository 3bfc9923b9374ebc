/// The uniqueness key of non-deleted system users (`approval.md` §3.1).
struct SystemUserKey: Sendable, Hashable {
    var systemId: String
    var partyOrgNo: String
    var externalRef: String
}
