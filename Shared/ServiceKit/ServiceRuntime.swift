import Auth
import Foundation
import HTTPServer
import SQLite

/// Runs a service executable: parses the sub-command, serves until SIGTERM or SIGINT, and returns
/// the exit status (`spec/README.md` §Command line: 0 ok, 1 runtime failure, 2 usage error).
public enum ServiceRuntime {
    public static func main(_ definition: ServiceDefinition) -> Never {
        exit(run(definition, arguments: Array(CommandLine.arguments.dropFirst()),
                 environment: ProcessInfo.processInfo.environment))
    }

    public static func run(_ definition: ServiceDefinition, arguments: [String],
                           environment: [String: String]) -> Int32 {
        var arguments = arguments
        let command = arguments.first.flatMap { $0.hasPrefix("-") ? nil : $0 } ?? "serve"
        if arguments.first == command { arguments.removeFirst() }
        // Extra sub-commands parse their own arguments, `--help` included.
        if let extra = definition.commands[command] { return extra(arguments) }
        if arguments.contains("--help") || arguments.contains("-h") || command == "help" {
            print(definition.usage)
            return 0
        }
        do {
            let flags = command == "probe" ? ["--path": HealthProbe.pathVariable] : definition.serveFlags
            let environment = try ServeOptions.apply(arguments, extraFlags: flags, to: environment)
            if command == "serve" { try definition.checkEnvironment?(environment) }
            let configuration = try ServiceConfiguration(shortName: definition.shortName,
                                                         defaultPort: definition.defaultPort, environment: environment)
            switch command {
            case "serve": return serve(definition, configuration)
            case "check-db": return checkDatabase(definition, configuration)
            case "probe": return HealthProbe.run(configuration, path: try HealthProbe.path(in: environment))
            default: throw UsageError("unknown sub-command \(command)")
            }
        } catch {
            printError("\(definition.executable): \(error)")
            printError("try \(definition.executable) --help")
            return 2
        }
    }

    static func serve(_ definition: ServiceDefinition, _ configuration: ServiceConfiguration) -> Int32 {
        let logger = Logger(service: definition.shortName, level: configuration.logLevel)
        let service: ServiceContext
        let server: HTTPServer
        do {
            service = try openResources(definition, configuration, logger)
            var router = Router()
            router.use(ObservabilityMiddleware(metrics: service.metrics, logger: logger))
            CommonRoutes.install(&router, service)
            try definition.installRoutes(&router, service)
            if service.database != nil {
                // An event loop answers bursts of lookups: one read transaction per burst, not per lookup.
                router.onEventLoop(start: { Database.batchReadsOnCurrentThread() }, batchEnd: { Database.endReadBatch() })
            }
            server = HTTPServer(configuration: configuration.http, responder: router)
            service.metrics.gauge("http_connections_open", help: "Open HTTP connections.") {
                Double(server.openConnections)
            }
            service.metrics.gauge("process_resident_memory_bytes", help: "Resident memory in bytes.") {
                ProcessMemory.residentBytes()
            }
            let shutdown = ShutdownSequence(server: server, readiness: service.readiness,
                                            graceSeconds: configuration.shutdownGraceSeconds,
                                            timeoutSeconds: configuration.shutdownTimeoutSeconds,
                                            logger: logger) { service.database?.close() }
            shutdown.install()
            try server.start()
            service.bind(port: server.boundPort)
            service.readiness.set(.ready)
            // Unbuffered, so a supervisor reading the pipe sees the line at once.
            FileHandle.standardOutput.write(Data("listening on \(configuration.listeningURL(boundPort: server.boundPort))\n".utf8))
            logger.info("ready", [("publicURL", .string(service.publicURL))])
            shutdown.waitUntilFinished()
            return 0
        } catch {
            printError("\(definition.executable): \(error)")
            return 1
        }
    }

    static func openResources(_ definition: ServiceDefinition, _ configuration: ServiceConfiguration,
                              _ logger: Logger) throws -> ServiceContext {
        var database: Database?
        if let migrations = definition.migrations {
            do {
                // Readers are opened lazily; allowing one per worker thread and one per event loop means
                // a handler never waits for another's reader (with 4, lookups queued behind each other on
                // futexes), and an event loop never blocks on the pool.
                let http = configuration.http
                let memoryMap = configuration.databaseMemoryMapBytes ?? definition.readerMemoryMapBytes
                let settings = Database.Configuration(maximumReaderCount: http.workerThreads + http.eventLoops,
                                                      readerMemoryMapBytes: memoryMap)
                database = try Database.open(path: configuration.databasePath, configuration: settings,
                                             migrator: Migrator(migrations)) { migration, fromVersion in
                    // A new file's migrations are quick and expected; an upgrade may take minutes.
                    guard fromVersion > 0 else { return }
                    logger.info("applying schema migration", [("version", .int(Int64(migration.version))),
                                                              ("name", .string(migration.name))])
                }
            } catch {
                throw StartupError("cannot open database \(configuration.databasePath): \(error)")
            }
        }
        var verifier: TokenVerifier?
        var platformTokens: PlatformTokenSource?
        if definition.usesTokens {
            do {
                verifier = TokenVerifier(jwks: try JWKS(contentsOfFile: configuration.jwksPath),
                                         issuer: configuration.tokenIssuer)
                platformTokens = try PlatformTokenSource(privateKeyFile: configuration.platformSigningKeyPath,
                                                         issuer: configuration.tokenIssuer, app: definition.shortName)
            } catch {
                database?.close()
                throw StartupError("cannot load keys: \(error)")
            }
        }
        return ServiceContext(definition: definition, configuration: configuration, database: database,
                              verifier: verifier, platformTokens: platformTokens, logger: logger)
    }

    /// `check-db`: `PRAGMA integrity_check` on `DATABASE_PATH` without serving; 0 when ok, else 1.
    static func checkDatabase(_ definition: ServiceDefinition, _ configuration: ServiceConfiguration) -> Int32 {
        guard FileManager.default.fileExists(atPath: configuration.databasePath) else {
            printError("\(definition.executable): no database at \(configuration.databasePath)")
            return 1
        }
        do {
            let database = try Database(path: configuration.databasePath)
            defer { database.close() }
            let messages = try database.integrityCheck()
            print(messages.joined(separator: "\n"))
            return messages == ["ok"] ? 0 : 1
        } catch {
            printError("\(definition.executable): integrity check failed: \(error)")
            return 1
        }
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

struct UsageError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

struct StartupError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// `--port N` and `--db PATH` mirror `PORT` and `DATABASE_PATH`; a definition's `serveFlags` add more.
enum ServeOptions {
    static func apply(_ arguments: [String], extraFlags: [String: String] = [:],
                      to environment: [String: String]) throws -> [String: String] {
        var environment = environment
        var index = 0
        while index < arguments.count {
            let flag = arguments[index]
            let variable: String
            switch flag {
            case "--port": variable = "PORT"
            case "--db": variable = "DATABASE_PATH"
            default:
                guard let extra = extraFlags[flag] else { throw UsageError("unknown argument \(flag)") }
                variable = extra
            }
            guard index + 1 < arguments.count else { throw UsageError("\(flag) needs a value") }
            environment[variable] = arguments[index + 1]
            index += 2
        }
        return environment
    }
}
