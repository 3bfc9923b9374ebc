import ServiceKit

ServiceRuntime.main(ServiceDefinition(
    shortName: "approval",
    executable: "ApprovalService",
    defaultPort: 8083,
    openAPIDocument: openAPIDocument,
    migrations: [AuditLog.migration(version: 1)],
    installRoutes: { _, _ in }))
