import JSON
import ServiceKit
import SQLite

extension DelegationStore {
    /// Stores (S, C) afresh with all of `packages`, replacing any existing row.
    func storeDelegation(_ delegation: ClientDelegation, in connection: Connection) throws {
        try connection.execute("DELETE FROM delegations WHERE system_user_id = ? AND client = ?",
                               [delegation.systemUserId, delegation.client])
        try connection.execute("""
            INSERT INTO delegations (system_user_id, client, packages, delegated_at, delegated_by)
            VALUES (?, ?, ?, ?, ?)
            """, [delegation.systemUserId, delegation.client, delegation.packagesJSON, delegation.delegatedAt,
                  delegation.delegatedBy])
        index.put(delegation)
    }

    func deleteDelegation(user: String, client: String, in connection: Connection) throws {
        try connection.execute("DELETE FROM delegations WHERE system_user_id = ? AND client = ?", [user, client])
        index.removeDelegation(user: user, client: client)
    }

    /// Marks `codes` lost on `delegation` (§8.2) and writes `client.packages-lost`, plus `client.removed`
    /// (`relationship-lost`) when nothing is left. Returns the updated delegation, or nil if nothing changed.
    @discardableResult
    func markLost(_ delegation: ClientDelegation, urns: Set<String>, owner: String, actor: AuditActor,
                  feedItem: Int64? = nil, in connection: Connection) throws -> ClientDelegation? {
        var updated = delegation
        let at = DelegationStore.now()
        var lost: [String] = []
        for position in updated.packages.indices where !updated.packages[position].isLost
            && urns.contains(updated.packages[position].urn) {
            updated.packages[position].lostAt = at
            lost.append(updated.packages[position].urn)
        }
        guard !lost.isEmpty else { return nil }
        try connection.execute("UPDATE delegations SET packages = ? WHERE system_user_id = ? AND client = ?",
                               [updated.packagesJSON, updated.systemUserId, updated.client])
        index.put(updated)
        var details: [(String, JSONValue)] = [("party", .string(owner)), ("client", .string(delegation.client)),
                                              ("packages", JSONValue(lost))]
        if let feedItem { details.append(("feedItem", .int(feedItem))) }
        try AuditLog.record(connection, actor: actor, action: "client.packages-lost", target: delegation.systemUserId,
                            details: details)
        if updated.isLost {
            try AuditLog.record(connection, actor: actor, action: "client.removed", target: delegation.systemUserId,
                                details: [("party", .string(owner)), ("client", .string(delegation.client)),
                                          ("reason", "relationship-lost")])
        }
        return updated
    }
}
