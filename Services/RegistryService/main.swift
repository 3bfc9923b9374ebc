import ServiceKit

ServiceRuntime.main(ServiceDefinition(
    shortName: "registry",
    executable: "RegistryService",
    defaultPort: 8081,
    openAPIDocument: openAPIDocument,
    migrations: RegistryMigrations.all,
    commands: ["generate": { GenerateCommand.run(arguments: $0) }],
    usageDetails: GenerateCommand.usage,
    installRoutes: { router, service in try RegistryRoutes.install(&router, service) }))
