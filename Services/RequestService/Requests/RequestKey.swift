/// The key of a request (§4.4): (`systemId`, `partyOrgNo`, `externalRef` after its default), compared exactly.
struct RequestKey: Sendable, Equatable {
    var systemId: String
    var partyOrgNo: String
    var externalRef: String
}
