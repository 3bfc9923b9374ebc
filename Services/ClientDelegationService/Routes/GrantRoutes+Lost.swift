import HTTPServer
import ServiceKit
import SQLite

extension GrantRoutes {
    /// §5.2 step 5 / §8.2: after a grant C → F is gone, every delegation of F's agent users for C loses
    /// the packages F no longer holds for C.
    func markLost(facilitator: String, client: String, actor: AuditActor, context: RequestContext,
                  connection: Connection) throws {
        let users = service.index.users(ownedBy: facilitator).filter(\.isAgent)
        let delegations = users.compactMap { service.index.delegation(user: $0.id, client: client) }
        guard !delegations.isEmpty else { return }
        let held = try service.clients.client(client, of: facilitator, deadline: context.outgoingDeadline)?.heldURNs ?? []
        for delegation in delegations {
            let lost = Set(delegation.packages.filter { !$0.isLost && !held.contains($0.urn) }.map(\.urn))
            try service.store.markLost(delegation, urns: lost, owner: facilitator, actor: actor, in: connection)
        }
    }
}
