import Foundation
import HTTPClient
import ServiceKit
import SQLite

/// The replica's poll loop (§8 step 2), on its own thread: asks the primary's feed for the items after
/// the local position, applies each page in one transaction, and re-snapshots when the epoch differs,
/// the primary's position is below the local one (it was restored) or an id leaves a gap. It polls
/// again at once while pages are full, every `FOLLOW_POLL_MS` when caught up, and at least once a
/// second while the primary cannot be reached. It never stops.
final class ReplicaFollower: Sendable {
    static let pageSize = 1000
    static let retryDelay: Duration = .milliseconds(500)

    let settings: FollowSettings
    let database: Database
    let position: ChangePosition
    let client: HTTPClient
    let status: ReplicaStatus
    let logger: Logger

    init(settings: FollowSettings, database: Database, position: ChangePosition, client: HTTPClient,
         status: ReplicaStatus, logger: Logger) {
        self.settings = settings
        self.database = database
        self.position = position
        self.client = client
        self.status = status
        self.logger = logger
    }

    /// Starts the loop on a dedicated thread (not Swift's cooperative pool: every call here blocks).
    func start() {
        let thread = Thread { [self] in run() }
        thread.name = "registry-replica"
        thread.start()
    }

    /// Polls forever. A failure is logged when it starts and when it ends, not on every retry.
    private func run() {
        var failing = false
        while true {
            var delay: Duration
            do {
                delay = try step()
                if failing { logger.info("replica polls the primary again", [("primary", .string(settings.primaryURL))]) }
                failing = false
            } catch {
                if !failing {
                    logger.warning("replica poll failed; retrying", [("primary", .string(settings.primaryURL)),
                                                                     ("error", .string("\(error)"))])
                }
                failing = true
                delay = min(settings.pollInterval, Self.retryDelay)
            }
            if delay > .zero { Thread.sleep(forTimeInterval: Self.seconds(delay)) }
        }
    }

    /// One poll and what follows from it; returns the pause before the next.
    func step() throws -> Duration {
        let (epoch, local) = try database.read { (try ChangeLog.epoch($0), try ChangeLog.position($0)) }
        let polledAt = ContinuousClock.now
        let page = try fetch(after: local)
        if let reason = Self.resnapshotReason(page, epoch: epoch, local: local) {
            try resnapshot(reason: reason)
            return .zero
        }
        do {
            try apply(page.items, after: local)
        } catch let error as FeedError {
            logger.warning("replica cannot apply the feed", [("error", .string("\(error)"))])
            try resnapshot(reason: "item")
            return .zero
        }
        status.recordSuccessfulPoll(at: polledAt)
        return page.items.count >= Self.pageSize ? .zero : settings.pollInterval
    }

    /// Why the local copy cannot follow this page, or nil when it can.
    static func resnapshotReason(_ page: FeedPage, epoch: String, local: Int64) -> String? {
        if page.epoch != epoch { return "another epoch" }
        if page.position < local { return "the primary's position is below the local one" }
        if !follows(page.items, local) { return "a gap in the ids" }
        return nil
    }

    /// Whether the items are `local + 1, local + 2, …` without a gap.
    static func follows(_ items: [FeedItem], _ local: Int64) -> Bool {
        for (offset, item) in items.enumerated() where item.id != local + 1 + Int64(offset) { return false }
        return true
    }

    private func fetch(after local: Int64) throws -> FeedPage {
        let url = "\(settings.primaryURL)/internal/feed?after=\(local)&size=\(Self.pageSize)"
        let response = try client.send(ClientRequest(url: url, headers: ["Accept": "application/json"]))
        guard response.status == 200 else {
            throw HTTPClientError.unexpectedStatus(peer: client.peer, status: response.status)
        }
        return try FeedPage(response.body)
    }

    /// The whole page in one transaction: every item's state, and the item into the local log.
    private func apply(_ items: [FeedItem], after local: Int64) throws {
        guard let last = items.last else { return }
        try database.write { connection in
            guard try ChangeLog.position(connection) == local else {
                throw FeedError.malformedPage("the local position moved during the poll")
            }
            for item in items { try FeedItemApplication.apply(item, connection) }
        }
        position.advance(to: last.id)
    }

    private func resnapshot(reason: String) throws {
        status.recordResnapshotNeeded()
        logger.info("replica downloading a snapshot", [("primary", .string(settings.primaryURL)),
                                                       ("reason", .string(reason))])
        let installation = SnapshotInstallation(database: database, client: client, primaryURL: settings.primaryURL)
        let (epoch, installed) = try installation.run()
        position.reset(to: installed)
        logger.info("replica installed a snapshot", [("epoch", .string(epoch)), ("position", .int(installed))])
    }

    private static func seconds(_ duration: Duration) -> TimeInterval {
        let (seconds, attoseconds) = duration.components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
