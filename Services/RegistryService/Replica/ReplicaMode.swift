import HTTPClient
import HTTPServer
import ServiceKit

/// Turns a Registry node into a read-only replica of the primary at `--follow` (§8): refuses writes
/// under `/internal`, reports `starting`/`stale` on `/health/ready`, and starts the poll loop.
enum ReplicaMode {
    /// The contract's per-attempt limits and retries (`README.md` §Service-to-service calls); feed pages
    /// of 1000 items with their whole states may be large.
    static let clientConfiguration = HTTPClient.Configuration(maxResponseBytes: 256 << 20)

    static func install(_ router: inout Router, _ registry: RegistryContext, _ settings: FollowSettings) {
        let service = registry.service
        router.use(ReplicaWriteRefusal(primaryURL: settings.primaryURL, tokenCheck: service.platformOnly))
        let status = ReplicaStatus()
        service.readiness.setCondition { status.readinessOverride() }
        var tokenProvider: (@Sendable () throws -> String)?
        if let source = service.platformTokens { tokenProvider = { try source.token() } }
        let client = HTTPClient(peer: "registry", configuration: clientConfiguration, tokenProvider: tokenProvider)
        let follower = ReplicaFollower(settings: settings, database: registry.database, position: registry.position,
                                       client: client, status: status, logger: service.logger)
        follower.start()
    }
}
