import ServiceKit

ServiceRuntime.main(ServiceDefinition(
    shortName: "registry",
    executable: "RegistryService",
    defaultPort: 8081,
    openAPIDocument: openAPIDocument,
    migrations: RegistryMigrations.all,
    commands: [
        "import": { ImportCommand.run(arguments: $0) },
        "generate": { GenerateCommand.run(arguments: $0) },
    ],
    usageDetails: """
        RegistryService serve --follow URL: run as a read-only replica of the primary at URL
            (FOLLOW_POLL_MS, default 200).

        RegistryService import [--enheter FILE] [--underenheter FILE] [--roller FILE] [--db PATH]
            [--batch N] [--resume] [--report FILE]: replace the data with the bulk files (gzip or plain JSON).

        \(GenerateCommand.usage)
        """,
    serveFlags: ["--follow": FollowSettings.followVariable],
    checkEnvironment: { environment in _ = try FollowSettings.read(environment) },
    installRoutes: { router, service in try RegistryRoutes.install(&router, service) }))
