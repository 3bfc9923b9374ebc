import ServiceKit

ServiceRuntime.main(ServiceDefinition(
    shortName: "requests",
    executable: "RequestService",
    defaultPort: 8082,
    openAPIDocument: openAPIDocument,
    migrations: [AuditLog.migration(version: 1)],
    installRoutes: { _, _ in }))
