import ServiceKit

ServiceRuntime.main(ServiceDefinition(
    shortName: "approval",
    executable: "ApprovalService",
    defaultPort: 8083,
    openAPIDocument: openAPIDocument,
    migrations: ApprovalSchema.migrations,
    usageDetails: """
        Extra variables: APPROVAL_PAGE_SIZE (1..1000, default 50), APPROVAL_RECONCILE_SECONDS (1..3600,
        default 5), APPROVAL_FAULT with ALLOW_FAULT_INJECTION=1 (after-local-insert, after-delegation-push,
        after-request-accepted; tests only), APPROVAL_DEMO_LOGIN (1 enables the demo login page).
        """,
    checkEnvironment: { environment in _ = try ApprovalSettings(environment: environment) },
    installRoutes: { router, service in try ApprovalAssembly.install(&router, service: service) }))
