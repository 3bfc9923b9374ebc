import HTTPServer
import ServiceKit

/// Every Registry route, area by area; each area's `install` takes the shared `RegistryContext`, so
/// the router-wide `X-Registry-Position` and fallback cover them all. Replicas add their call here.
enum RegistryRoutes {
    static func install(_ router: inout Router, _ service: ServiceContext) throws {
        let database = try service.requireDatabase()
        let registry = RegistryContext(service: service, database: database,
                                       position: try ChangePosition(database: database))
        RegistryRouter.configure(&router, position: registry.position)
        if let follow = try FollowSettings.read(service.configuration.environment) {
            ReplicaMode.install(&router, registry, follow)
        }

        APIRootRoutes.install(&router, registry)
        BulkDownloadRoutes.install(&router, registry)
        UnitLookupRoutes.install(&router, registry)
        SearchRoutes.install(&router, registry)
        FeedRoutes.install(&router, registry)
        RoleLookupRoutes.install(&router, registry)
        CodeListRoutes.install(&router, registry)

        InternalWriteRoutes.install(&router, registry)
        InternalRoleRoutes.install(&router, registry)
        InternalUnitRoutes.install(&router, registry)
        InternalFeedRoutes.install(&router, registry)
        SnapshotRoutes.install(&router, registry)
    }
}
