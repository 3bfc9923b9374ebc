import Auth
import HTTPServer
import SQLite
import Synchronization

/// What a running service's routes share: configuration, database, token checks, metrics, logging.
public final class ServiceContext: Sendable {
    public let definition: ServiceDefinition
    public let configuration: ServiceConfiguration
    /// Nil only for a service without a database.
    public let database: Database?
    /// Nil only for a service that takes no tokens.
    public let verifier: TokenVerifier?
    /// Signs this service's own platform tokens for outgoing calls.
    public let platformTokens: PlatformTokenSource?
    public let metrics: MetricsRegistry
    public let logger: Logger
    public let readiness: Readiness
    /// Written once when the port is bound, then read on every request without a lock.
    private let boundPublicURL = AtomicLazyReference<BoundURL>()

    private final class BoundURL: Sendable {
        let value: String
        init(_ value: String) { self.value = value }
    }

    init(definition: ServiceDefinition, configuration: ServiceConfiguration, database: Database?,
         verifier: TokenVerifier?, platformTokens: PlatformTokenSource?, logger: Logger) {
        self.definition = definition
        self.configuration = configuration
        self.database = database
        self.verifier = verifier
        self.platformTokens = platformTokens
        self.logger = logger
        metrics = MetricsRegistry()
        readiness = Readiness()
    }

    /// The base of every absolute URL the service writes (`PUBLIC_URL`, or derived from the bound port).
    public var publicURL: String {
        boundPublicURL.load()?.value ?? configuration.explicitPublicURL
            ?? configuration.listeningURL(boundPort: configuration.port)
    }

    /// `publicURL` once it is final (the port is bound), else nil; one lock-free load.
    public var finalPublicURL: String? { boundPublicURL.load()?.value }

    func bind(port: UInt16) {
        _ = boundPublicURL.storeIfNil(BoundURL(configuration.publicURL(boundPort: port)))
    }

    /// The database, for routes of services that have one.
    public func requireDatabase() throws -> Database {
        guard let database else { throw ProblemDetails.internalError() }
        return database
    }

    /// The token rule of every `/internal/...` route.
    public var platformOnly: [any Middleware] {
        verifier.map { [TokenRequirement.platform($0)] } ?? []
    }

    /// A token rule for routes that accept other kinds of tokens.
    public func requireToken(kinds: Set<TokenKind>, anyOfScopes: Set<String> = []) -> [any Middleware] {
        verifier.map { [TokenRequirement(verifier: $0, acceptedKinds: kinds, anyOfScopes: anyOfScopes)] } ?? []
    }
}
