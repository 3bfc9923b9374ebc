import ServiceKit

ServiceRuntime.main(ServiceDefinition(
    shortName: "delegation",
    executable: "ClientDelegationService",
    defaultPort: 8084,
    openAPIDocument: openAPIDocument,
    migrations: [AuditLog.migration(version: 1)],
    installRoutes: { _, _ in }))
