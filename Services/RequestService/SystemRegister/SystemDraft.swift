import Domain

/// A `RegisterSystemRequest` that passed validation, ready to store.
struct SystemDraft: Sendable {
    var id: String
    var vendorOrg: String
    var name: LocalizedText
    var description: LocalizedText
    var rights: [Right]
    var accessPackages: [String]
    var clientIds: [String]
    var redirectUrls: [String]
    var isVisible: Bool
}
