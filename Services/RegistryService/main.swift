import ServiceKit

ServiceRuntime.main(ServiceDefinition(
    shortName: "registry",
    executable: "RegistryService",
    defaultPort: 8081,
    openAPIDocument: openAPIDocument,
    migrations: [AuditLog.migration(version: 1)],
    installRoutes: { _, _ in }))
