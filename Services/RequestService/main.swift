import ServiceKit

ServiceRuntime.main(ServiceDefinition(
    shortName: "requests",
    executable: "RequestService",
    defaultPort: 8082,
    openAPIDocument: openAPIDocument,
    migrations: RequestSchema.migrations,
    usageDetails: """
        Extra variables: REQUEST_TTL_SECONDS (1..315360000, default 15552000), REQUEST_PAGE_SIZE (1..1000,
        default 50), REGISTRY_CACHE_SECONDS (0..3600, default 1).
        """,
    checkEnvironment: { environment in _ = try RequestSettings(environment: environment) },
    installRoutes: { router, service in
        try SystemRegisterRoutes.install(&router, service: service)
        try RequestRoutes.install(&router, service: service)
    }))
