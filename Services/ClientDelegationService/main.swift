import ServiceKit

ServiceRuntime.main(ServiceDefinition(
    shortName: "delegation",
    executable: "ClientDelegationService",
    defaultPort: 8084,
    openAPIDocument: openAPIDocument,
    migrations: DelegationSchema.migrations,
    usageDetails: """
        Extra variables: DELEGATION_FEED_POLL_MS (default 100), DECISION_MAX_STALENESS_MS (default 1000),
        DELEGATION_CACHE_MAX_ENTRIES (default 100000).
        """,
    checkEnvironment: { environment in _ = try DelegationSettings(environment: environment) },
    installRoutes: { router, context in try DelegationRoutes.install(&router, context: context) }))
