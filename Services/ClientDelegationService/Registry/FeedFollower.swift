import Domain
import Foundation
import HTTPClient
import ServiceKit
import SQLite

/// Follows the Registry change log (`delegation.md` §8.1): invalidates cache entries item by item, marks
/// lost packages (§8.2), and stores the cursor in the same transaction as those changes.
final class FeedFollower: Sendable {
    static let pageSize = 1000
    static let actor = AuditActor.platform(app: "delegation")

    let store: DelegationStore
    let data: RegistryData
    let clients: FacilitatorClients
    let pollInterval: TimeInterval
    let logger: Logger

    init(service: DelegationService, pollMilliseconds: Int, logger: Logger) {
        store = service.store
        data = service.data
        clients = service.clients
        pollInterval = Double(pollMilliseconds) / 1000
        self.logger = logger
    }

    func start() {
        let thread = Thread { [self] in run() }
        thread.name = "registry-feed"
        thread.start()
    }

    private func run() {
        var cursor = try? store.cursor()
        if let cursor { data.cache.reset(epoch: cursor.epoch, position: cursor.position) }
        while true {
            do {
                let (next, full) = try poll(cursor)
                cursor = next
                if full { continue }
            } catch {
                logger.warning("registry feed poll failed", [("error", .string("\(error)"))])
            }
            Thread.sleep(forTimeInterval: pollInterval)
        }
    }

    /// One poll; returns the new cursor and whether the page was full (poll again at once).
    private func poll(_ cursor: FeedCursor?) throws -> (FeedCursor, Bool) {
        guard let cursor else {
            let page = try data.reader.feed(after: 0, size: 1)
            let first = FeedCursor(epoch: page.epoch, position: page.position)
            try store.write { try store.saveCursor(first, in: $0) }
            data.cache.reset(epoch: first.epoch, position: first.position)
            return (first, true)
        }
        let sentAt = RegistryCache.now()
        let page = try data.reader.feed(after: cursor.position, size: Self.pageSize)
        if page.epoch != cursor.epoch {
            return (try startEpoch(page), true)
        }
        var next = cursor
        if let last = page.items.last {
            next.position = last.id
            do {
                try store.write { connection in
                    for item in page.items { try apply(item, connection: connection) }
                    try store.saveCursor(next, in: connection)
                }
            } catch {
                try? store.reloadDelegations()  // the page rolled back: undo its marks in the index too
                throw error
            }
        }
        let full = page.items.count >= Self.pageSize
        if !full { data.cache.markCaughtUp(sentAt: sentAt) }
        return (next, full)
    }

    /// A new epoch: drop the cache, recheck every delegation with a package not yet lost.
    private func startEpoch(_ page: FeedPage) throws -> FeedCursor {
        let cursor = FeedCursor(epoch: page.epoch, position: page.position)
        data.cache.reset(epoch: page.epoch, position: page.position)
        try store.write { connection in
            for delegation in store.index.allDelegations() where !delegation.isLost {
                try recheck(delegation, feedItem: nil, connection: connection)
            }
            try store.saveCursor(cursor, in: connection)
        }
        return cursor
    }

    private func apply(_ item: FeedItem, connection: Connection) throws {
        data.cache.invalidate(unit: item.organisasjonsnummer, holders: item.affectedHolders, position: item.id)
        let index = store.index
        let unit = item.organisasjonsnummer
        switch item.kind {
        case "roller":
            for delegation in index.delegations(forClient: unit) where !delegation.isLost {
                guard let owner = index.user(delegation.systemUserId)?.reporteeOrgNo else { continue }
                let held = try heldAfterRoles(item, facilitator: owner, client: unit)
                try markLost(delegation, held: held, owner: owner, item: item, connection: connection)
            }
        case "enhet", "underenhet":
            if item.unitStatus == "deleted" || item.unitStatus == "removed" {
                var affected = index.delegations(forClient: unit)
                for user in index.users(ownedBy: unit) { affected += index.delegations(ofUser: user.id) }
                for delegation in affected where !delegation.isLost {
                    guard let owner = index.user(delegation.systemUserId)?.reporteeOrgNo else { continue }
                    try markLost(delegation, held: [], owner: owner, item: item, connection: connection)
                }
            } else if item.kind == "enhet" {
                for delegation in index.delegations(forClient: unit) where !delegation.isLost {
                    try recheck(delegation, feedItem: item, connection: connection)
                }
            }
        default:
            break
        }
    }

    /// What F holds for C after a `roller` item: F's roles from the item's state, C's form and status and
    /// F's status from the Registry (fresh), and the grants C → F.
    private func heldAfterRoles(_ item: FeedItem, facilitator: String, client: String) throws -> Set<String> {
        let units = try data.units([facilitator, client], deadline: nil)
        guard units[facilitator]?.unit?.isActive == true, let unit = units[client]?.unit, unit.isActiveEnhet else {
            return []
        }
        let granted = store.index.grants(from: client, to: facilitator).filter { $0.toType == .organisation }
            .compactMap(\.accessPackage)
        let relationship = ClientRelationship(activeRoles: item.activeRoles(heldBy: facilitator),
                                              clientForm: unit.organisasjonsform, grantedPackages: granted)
        return Set(relationship?.packages.map(\.urn) ?? [])
    }

    private func recheck(_ delegation: ClientDelegation, feedItem: FeedItem?, connection: Connection) throws {
        guard let owner = store.index.user(delegation.systemUserId)?.reporteeOrgNo else { return }
        let held = try clients.client(delegation.client, of: owner, deadline: nil)?.heldURNs ?? []
        try markLost(delegation, held: held, owner: owner, item: feedItem, connection: connection)
    }

    private func markLost(_ delegation: ClientDelegation, held: Set<String>, owner: String, item: FeedItem?,
                          connection: Connection) throws {
        let lost = Set(delegation.packages.filter { !$0.isLost && !held.contains($0.urn) }.map(\.urn))
        guard !lost.isEmpty else { return }
        try store.markLost(delegation, urns: lost, owner: owner, actor: Self.actor, feedItem: item?.id, in: connection)
    }
}
