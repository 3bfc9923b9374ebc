import Foundation
import HTTPServer

/// The settings every service reads from its environment (`spec/README.md` §Configuration).
public struct ServiceConfiguration: Sendable {
    public var shortName: String
    public var host: String
    public var port: UInt16
    public var databasePath: String
    /// `DATABASE_MMAP_BYTES`: each database reader's memory map, or nil for the service's default
    /// (`ServiceDefinition.readerMemoryMapBytes`).
    public var databaseMemoryMapBytes: Int?
    /// Set explicitly, or nil to derive it from the bound address once listening.
    public var explicitPublicURL: String?
    public var jwksPath: String
    public var tokenIssuer: String
    public var platformSigningKeyPath: String
    public var peers: PeerURLs
    public var portalURL: String
    public var loggedOutURL: String
    public var logLevel: LogLevel
    public var shutdownGraceSeconds: Double
    public var shutdownTimeoutSeconds: Double
    public var http: HTTPServer.Configuration
    /// Every variable, for service-specific settings (`environment["REGISTRY_FOLLOW"]`).
    public var environment: [String: String]

    public struct PeerURLs: Sendable {
        public var registry: String
        public var requests: String
        public var approval: String
        public var delegation: String
    }

    /// Reads the environment; throws a `ConfigurationError` naming the bad variable.
    public init(shortName: String, defaultPort: UInt16,
                environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let env = EnvironmentReader(environment)
        self.shortName = shortName
        self.environment = environment
        host = env.string("HOST", default: "127.0.0.1")
        port = try env.port("PORT", default: defaultPort)
        databasePath = env.string("DATABASE_PATH", default: "./data/\(shortName).sqlite")
        databaseMemoryMapBytes = try env.nonNegativeInt("DATABASE_MMAP_BYTES")
        explicitPublicURL = env.optionalString("PUBLIC_URL").map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        jwksPath = env.string("JWKS_PATH", default: "./data/keys/jwks.json")
        tokenIssuer = env.string("TOKEN_ISSUER", default: "http://127.0.0.1:8085")
        platformSigningKeyPath = env.string("PLATFORM_SIGNING_KEY", default: "./data/keys/private.pem")
        peers = PeerURLs(registry: env.string("REGISTRY_URL", default: "http://127.0.0.1:8081"),
                         requests: env.string("REQUEST_URL", default: "http://127.0.0.1:8082"),
                         approval: env.string("APPROVAL_URL", default: "http://127.0.0.1:8083"),
                         delegation: env.string("DELEGATION_URL", default: "http://127.0.0.1:8084"))
        portalURL = env.string("PORTAL_URL", default: "http://127.0.0.1:8083")
        loggedOutURL = env.string("LOGGED_OUT_URL", default: "\(portalURL)/accessmanagement/ui/logged-out")
        logLevel = try env.logLevel("LOG_LEVEL", default: .info)
        shutdownGraceSeconds = try env.seconds("SHUTDOWN_GRACE_SECONDS", default: 2)
        shutdownTimeoutSeconds = try env.seconds("SHUTDOWN_TIMEOUT_SECONDS", default: 20)

        var http = HTTPServer.Configuration(host: host, port: port)
        http.limits.maxHeaderBytes = try env.positiveInt("HTTP_MAX_HEADER_BYTES", default: 16 * 1024)
        http.limits.maxHeaders = try env.positiveInt("HTTP_MAX_HEADERS", default: 100)
        http.limits.maxBodyBytes = try env.positiveInt("HTTP_MAX_BODY_BYTES", default: 1024 * 1024)
        http.readTimeoutSeconds = try env.seconds("HTTP_READ_TIMEOUT_SECONDS", default: 10)
        http.idleTimeoutSeconds = try env.seconds("HTTP_IDLE_TIMEOUT_SECONDS", default: 60)
        http.maxConnections = try env.positiveInt("HTTP_MAX_CONNECTIONS", default: 1024)
        http.workerThreads = try env.positiveInt("HTTP_WORKER_THREADS", default: 64)
        http.answersOnEventLoop = try env.flag("HTTP_EVENT_LOOP_ROUTES", default: true)
        http.eventLoops = try env.positiveInt("HTTP_EVENT_LOOPS", default: ProcessInfo.processInfo.activeProcessorCount)
        self.http = http
    }

    /// `PUBLIC_URL`, or `http://<HOST>:<bound port>` with a wildcard host replaced by 127.0.0.1.
    public func publicURL(boundPort: UInt16) -> String {
        explicitPublicURL ?? listeningURL(boundPort: boundPort)
    }

    /// The URL printed in the `listening on` line.
    public func listeningURL(boundPort: UInt16) -> String {
        let visibleHost = (host == "0.0.0.0" || host == "::" || host.isEmpty) ? "127.0.0.1" : host
        let bracketed = visibleHost.contains(":") ? "[\(visibleHost)]" : visibleHost
        return "http://\(bracketed):\(boundPort)"
    }
}

public enum ConfigurationError: Error, CustomStringConvertible {
    case invalid(variable: String, value: String, expected: String)

    public var description: String {
        switch self {
        case let .invalid(variable, value, expected): return "\(variable)=\(value) is invalid: expected \(expected)"
        }
    }
}
