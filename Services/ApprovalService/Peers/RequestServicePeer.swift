import HTTPClient

/// The Request Service's internal endpoints this service calls (`requests.md` §3.4, §4.8). Peer failures
/// throw `HTTPClientError` (503/504); answers outside the contract throw `PeerContractError` (500).
protocol RequestServicePeer: Sendable {
    /// Any request, deleted ones included; nil for an unknown id.
    func request(id: String, deadline: Deadline?) throws -> SystemUserRequest?
    func recordStatus(id: String, status: String, systemUserId: String?, decidedBy: Decider, decidedAt: String,
                      deadline: Deadline?) throws -> StatusOutcome
    /// Nil when the request is unknown or deleted (404).
    func escalate(id: String, by person: Decider, deadline: Deadline?) throws -> EscalationOutcome?
    /// `New`, non-expired requests of a party of one type, oldest first.
    func pendingRequests(party: String, type: SystemUserType, escalated: Bool?, deadline: Deadline?) throws -> [SystemUserRequest]
    func deleteRequest(id: String, deadline: Deadline?) throws -> RequestDeletion
    /// The system, deleted ones included; nil for an unknown id.
    func system(id: String, deadline: Deadline?) throws -> RegisteredSystemInfo?
    /// The non-deleted system that owns a client id.
    func system(clientId: String, deadline: Deadline?) throws -> RegisteredSystemInfo?
}
