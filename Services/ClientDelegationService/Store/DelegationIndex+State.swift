extension DelegationIndex.State {
    func delegation(user: String, client: String) -> ClientDelegation? { delegations[user]?[client] }

    func delegations(ofUser user: String) -> [ClientDelegation] { Array((delegations[user] ?? [:]).values) }

    /// Grants from `grantor` to `recipient`.
    func grants(from grantor: String, to recipient: String) -> [ExplicitGrant] {
        guard let grants = grantsByRecipient[recipient] else { return [] }
        return grants.filter { $0.from == grantor }
    }
}
