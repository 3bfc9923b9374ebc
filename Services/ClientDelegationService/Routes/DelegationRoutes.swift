import Foundation
import HTTPServer
import ServiceKit

/// Builds the service at start-up and installs every route of `delegation.md` §1.
enum DelegationRoutes {
    static func install(_ router: inout Router, context: ServiceContext) throws {
        let settings = try DelegationSettings(environment: ProcessInfo.processInfo.environment)
        let store = try DelegationStore(database: context.requireDatabase())
        let cache = RegistryCache(maxStalenessMilliseconds: settings.maxStalenessMilliseconds,
                                  maxEntries: settings.cacheMaxEntries)
        let reader = RegistryReader(client: context.makeClient(for: .registry), baseURL: context.baseURL(of: .registry))
        let data = RegistryData(cache: cache, reader: reader, metrics: context.metrics)
        let service = DelegationService(store: store, data: data, metrics: context.metrics)
        ClientRoutes.install(&router, service: service, context: context)
        SystemUserRoutes.install(&router, service: service, context: context)
        GrantRoutes.install(&router, service: service, context: context)
        RightsRoutes.install(&router, service: service, context: context)
        DecisionRoutes.install(&router, service: service, context: context)
        context.metrics.gauge("delegation_feed_position", help: "The Registry feed cursor.") {
            Double(cache.snapshot.position)
        }
        context.metrics.gauge("delegation_feed_caught_up_age_seconds", help: "Seconds since the feed was caught up.") {
            let caughtUpAt = cache.snapshot.caughtUpAt
            return caughtUpAt == 0 ? -1 : Double(RegistryCache.now() &- caughtUpAt) / 1e9
        }
        FeedFollower(service: service, pollMilliseconds: settings.feedPollMilliseconds, logger: context.logger).start()
    }
}
