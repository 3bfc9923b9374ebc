import Domain

/// An organisation that is a client of a facilitator, with what the facilitator holds for it.
struct ClientCandidate: Sendable {
    var organisasjonsnummer: String
    var navn: String
    var organisasjonsform: String
    let relationship: ClientRelationship
    /// Package URNs the facilitator holds for this client.
    let heldURNs: Set<String>

    init(organisasjonsnummer: String, navn: String, organisasjonsform: String, relationship: ClientRelationship,
         heldURNs: Set<String>? = nil) {  // pass `heldURNs` when already worked out for `relationship`
        self.organisasjonsnummer = organisasjonsnummer
        self.navn = navn
        self.organisasjonsform = organisasjonsform
        self.relationship = relationship
        self.heldURNs = heldURNs ?? Set(relationship.packages.map(\.urn))
    }

    var partyUUID: String {
        OrganizationNumber(rawValue: organisasjonsnummer).map { PartyUUID($0).description } ?? ""
    }
}
