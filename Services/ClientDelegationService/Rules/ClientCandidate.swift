import Domain

/// An organisation that is a client of a facilitator, with what the facilitator holds for it.
struct ClientCandidate: Sendable {
    var organisasjonsnummer: String
    var navn: String
    var organisasjonsform: String
    var relationship: ClientRelationship

    var partyUUID: String {
        OrganizationNumber(rawValue: organisasjonsnummer).map { PartyUUID($0).description } ?? ""
    }

    /// Package URNs the facilitator holds for this client.
    var heldURNs: Set<String> { Set(relationship.packages.map(\.urn)) }
}
