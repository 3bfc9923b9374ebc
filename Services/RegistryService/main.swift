import ServiceKit

ServiceRuntime.main(ServiceDefinition(
    shortName: "registry",
    executable: "RegistryService",
    defaultPort: 8081,
    openAPIDocument: openAPIDocument,
    migrations: RegistryMigrations.all,
    // Lookups and `/internal/roles` seek at random into a file of several GB: mapped, a reader reads
    // a page in place instead of a `pread` copy (docs/performance.md, reverse role lookup).
    readerMemoryMapBytes: 1 << 31,
    commands: [
        "import": { ImportCommand.run(arguments: $0) },
        "generate": { GenerateCommand.run(arguments: $0) },
    ],
    usageDetails: """
        RegistryService serve --follow URL: run as a read-only replica of the primary at URL
            (FOLLOW_POLL_MS, default 200).

        \(ImportCommand.usage)

        \(GenerateCommand.usage)
        """,
    serveFlags: ["--follow": FollowSettings.followVariable],
    checkEnvironment: { environment in _ = try FollowSettings.read(environment) },
    installRoutes: { router, service in try RegistryRoutes.install(&router, service) }))
