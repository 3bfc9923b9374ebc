import Domain

/// A create body that passed step 2 of `requests.md` §4.4. `rights` and `accessPackages` are nil when
/// absent (step 9 tells absent from empty); `externalRef` already carries its default.
struct RequestDraft: Sendable {
    var type: RequestType
    var systemId: String
    var partyOrgNo: String
    var externalRef: String
    /// Nil means the system's `name.nb`.
    var integrationTitle: String?
    var rights: [Right]?
    var accessPackages: [String]?
    /// Nil means none.
    var redirectUrl: String?

    var key: RequestKey { RequestKey(systemId: systemId, partyOrgNo: partyOrgNo, externalRef: externalRef) }
}
