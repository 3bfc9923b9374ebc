import Domain

/// A system in the register (`requests.md` §3.1), as stored.
struct RegisteredSystem: Sendable {
    var id: String
    var internalId: String
    var vendorOrg: String
    var name: LocalizedText
    var description: LocalizedText
    var rights: [Right]
    var accessPackages: [String]
    var clientIds: [String]
    var redirectUrls: [String]
    var isVisible: Bool
    var isDeleted: Bool
}
