/// A well-formed decision question (`delegation.md` §7.1 or §7.4): may S act for P on a resource or
/// with a package?
struct DecisionQuestion: Sendable, Equatable {
    enum Target: Sendable, Equatable {
        /// The resource id as asked (prefix `urn:altinn:resource:` stripped).
        case resource(String)
        /// The package as asked (URN or bare code).
        case package(String)
    }

    /// Lower case, without the `urn:altinn:systemuser:uuid:` prefix.
    var subject: String
    /// An organisation number (§7.1) or a party UUID (§7.4 `urn:altinn:party:uuid`).
    var party: Party
    var target: Target

    enum Party: Sendable, Equatable {
        case organization(String)
        /// Lower-case UUID text, matched against the party UUIDs of S's owner and delegated clients.
        case partyUUID(String)
    }
}
