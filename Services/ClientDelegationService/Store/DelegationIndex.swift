import Auth

/// An in-memory copy of the local tables (system users, delegations, grants), so that decisions and
/// lists read no SQLite. It is loaded at start-up and changed only inside the write transaction that
/// changes the tables (writes are serialised on the one writer connection).
final class DelegationIndex: Sendable {
    struct State: Sendable {
        var users: [String: SystemUserCopy] = [:]
        /// System user id → client → delegation.
        var delegations: [String: [String: ClientDelegation]] = [:]
        /// Client → system user ids with a delegation for it.
        var usersByClient: [String: Set<String>] = [:]
        var grantsByRecipient: [String: [ExplicitGrant]] = [:]
        var grantsByGrantor: [String: [ExplicitGrant]] = [:]
    }

    private let state = ReadWriteLock(State())

    func read<T>(_ body: (borrowing State) -> T) -> T {
        state.read(body)
    }

    /// The whole index as it is now, taken with one lock: a decision reads only this, so it sees one
    /// consistent state. (The dictionaries are shared until the next change copies them on write.)
    func snapshot() -> State { state.read { $0 } }

    func user(_ id: String) -> SystemUserCopy? { state.read { $0.users[id] } }

    func delegation(user: String, client: String) -> ClientDelegation? {
        state.read { $0.delegation(user: user, client: client) }
    }

    func delegations(ofUser user: String) -> [ClientDelegation] {
        state.read { Array(($0.delegations[user] ?? [:]).values) }
    }

    func delegations(forClient client: String) -> [ClientDelegation] {
        state.read { state in
            (state.usersByClient[client] ?? []).compactMap { state.delegations[$0]?[client] }
        }
    }

    func allDelegations() -> [ClientDelegation] {
        state.read { $0.delegations.values.flatMap(\.values) }
    }

    /// Published, live users owned by `owner`.
    func users(ownedBy owner: String) -> [SystemUserCopy] {
        state.read { $0.users.values.filter { !$0.isDeleted && $0.reporteeOrgNo == owner } }
    }

    func grants(to recipient: String) -> [ExplicitGrant] { state.read { $0.grantsByRecipient[recipient] ?? [] } }
    func grants(from grantor: String) -> [ExplicitGrant] { state.read { $0.grantsByGrantor[grantor] ?? [] } }

    /// Grants from `grantor` to `recipient`.
    func grants(from grantor: String, to recipient: String) -> [ExplicitGrant] {
        state.read { $0.grants(from: grantor, to: recipient) }
    }

    // MARK: changes (inside the write transaction)

    func put(_ user: SystemUserCopy) { state.write { $0.users[user.id] = user } }

    func put(_ delegation: ClientDelegation) {
        state.write { state in
            state.delegations[delegation.systemUserId, default: [:]][delegation.client] = delegation
            state.usersByClient[delegation.client, default: []].insert(delegation.systemUserId)
        }
    }

    func replaceDelegations(_ delegations: [ClientDelegation]) {
        state.write { state in
            state.delegations = [:]
            state.usersByClient = [:]
            for delegation in delegations {
                state.delegations[delegation.systemUserId, default: [:]][delegation.client] = delegation
                state.usersByClient[delegation.client, default: []].insert(delegation.systemUserId)
            }
        }
    }

    func removeDelegation(user: String, client: String) {
        state.write { state in
            state.delegations[user]?[client] = nil
            if state.delegations[user]?.isEmpty == true { state.delegations[user] = nil }
            state.usersByClient[client]?.remove(user)
            if state.usersByClient[client]?.isEmpty == true { state.usersByClient[client] = nil }
        }
    }

    func put(_ grant: ExplicitGrant) {
        state.write { state in
            state.grantsByRecipient[grant.to, default: []].append(grant)
            state.grantsByGrantor[grant.from, default: []].append(grant)
        }
    }

    func removeGrant(id: String, from: String, to: String) {
        state.write { state in
            state.grantsByRecipient[to]?.removeAll { $0.id == id }
            state.grantsByGrantor[from]?.removeAll { $0.id == id }
        }
    }
}
