import ServiceKit

ServiceRuntime.main(ServiceDefinition(
    shortName: "registry",
    executable: "RegistryService",
    defaultPort: 8081,
    openAPIDocument: openAPIDocument,
    migrations: RegistryMigrations.all,
    commands: ["import": { ImportCommand.run(arguments: $0) }],
    installRoutes: { router, service in try RegistryRoutes.install(&router, service) }))
