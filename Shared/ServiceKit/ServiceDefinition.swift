import HTTPServer
import SQLite

/// What a service executable is: its names, its database schema, its API document and its routes.
/// `main.swift` builds one and hands it to `ServiceRuntime.main`.
public struct ServiceDefinition: Sendable {
    /// The short name (`registry`): default database file, platform-token `app`, `peer` in problems.
    public var shortName: String
    /// The executable's name, for usage text and messages.
    public var executable: String
    public var defaultPort: UInt16
    /// The OpenAPI 3.1 document served at `/openapi.json`, embedded at build time.
    public var openAPIDocument: String
    /// The schema; nil for a service without a database (the Token Generator).
    public var migrations: [Migration]?
    /// The readers' memory map unless `DATABASE_MMAP_BYTES` says otherwise (`Database.Configuration`).
    public var readerMemoryMapBytes: Int
    /// Whether incoming tokens are verified (needs `JWKS_PATH`) and outgoing calls signed
    /// (needs `PLATFORM_SIGNING_KEY`).
    public var usesTokens: Bool
    /// Extra sub-commands besides `serve` and `check-db` (the Registry's `import` and `generate`).
    public var commands: [String: @Sendable ([String]) -> Int32]
    /// Lines for `--help` that describe the extra sub-commands and variables.
    public var usageDetails: String
    /// Extra flags taking a value, beside `--port` and `--db`: flag → the environment variable it sets
    /// (the Registry's `--follow URL` → `REGISTRY_FOLLOW`).
    public var serveFlags: [String: String]
    /// Checks the service's own settings in the environment (flags applied) before serving; a thrown
    /// error is a usage error (exit 2).
    public var checkEnvironment: (@Sendable ([String: String]) throws -> Void)?
    /// Adds the service's own routes; runs once at start-up.
    public var installRoutes: @Sendable (inout Router, ServiceContext) throws -> Void

    public init(shortName: String, executable: String, defaultPort: UInt16, openAPIDocument: String,
                migrations: [Migration]?, readerMemoryMapBytes: Int = 0, usesTokens: Bool = true,
                commands: [String: @Sendable ([String]) -> Int32] = [:], usageDetails: String = "",
                serveFlags: [String: String] = [:],
                checkEnvironment: (@Sendable ([String: String]) throws -> Void)? = nil,
                installRoutes: @escaping @Sendable (inout Router, ServiceContext) throws -> Void) {
        self.shortName = shortName
        self.executable = executable
        self.defaultPort = defaultPort
        self.openAPIDocument = openAPIDocument
        self.migrations = migrations
        self.readerMemoryMapBytes = readerMemoryMapBytes
        self.usesTokens = usesTokens
        self.commands = commands
        self.usageDetails = usageDetails
        self.serveFlags = serveFlags
        self.checkEnvironment = checkEnvironment
        self.installRoutes = installRoutes
    }

    var usage: String {
        var text = """
            usage: \(executable) [serve] [--port N] [--db PATH]
                   \(executable) check-db [--db PATH]
                   \(executable) probe [--port N] [--path /health/ready]   (exit 0 when the local server answers 200)
                   \(executable) --help

            Configuration comes from the environment (HOST, PORT, DATABASE_PATH, PUBLIC_URL, JWKS_PATH,
            TOKEN_ISSUER, PLATFORM_SIGNING_KEY, REGISTRY_URL, REQUEST_URL, APPROVAL_URL, DELEGATION_URL,
            PORTAL_URL, LOGGED_OUT_URL, LOG_LEVEL, SHUTDOWN_GRACE_SECONDS, SHUTDOWN_TIMEOUT_SECONDS,
            HTTP_MAX_HEADER_BYTES, HTTP_MAX_HEADERS, HTTP_MAX_BODY_BYTES, HTTP_READ_TIMEOUT_SECONDS,
            HTTP_IDLE_TIMEOUT_SECONDS, HTTP_MAX_CONNECTIONS). Default port \(defaultPort).
            """
        if !usageDetails.isEmpty { text += "\n\n" + usageDetails }
        return text
    }
}
