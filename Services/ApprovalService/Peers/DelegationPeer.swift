import HTTPClient

/// The Client Delegation Service's internal endpoints this service calls (`delegation.md` §4, §6).
protocol DelegationPeer: Sendable {
    func rights(party: String, person: String, deadline: Deadline?) throws -> PersonRights
    func publish(_ user: SystemUser, deadline: Deadline?) throws -> PublishOutcome
    /// Removes the user and its client delegations; answers how many delegations were removed.
    func remove(id: String, deadline: Deadline?) throws -> Int
}
