// swift-tools-version:6.0
import PackageDescription

/// Layering (dependencies point downwards only):
///   services → ServiceKit → HTTPServer, HTTPClient, SQLite, Auth, Domain → C modules.
/// `HTTPServer` knows nothing of SQLite or the domain; `Domain` imports only Foundation.
let package = Package(
    name: "Systemtilgang",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "RegistryService", targets: ["RegistryService"]),
        .executable(name: "RequestService", targets: ["RequestService"]),
        .executable(name: "ApprovalService", targets: ["ApprovalService"]),
        .executable(name: "ClientDelegationService", targets: ["ClientDelegationService"]),
        .executable(name: "TokenGenerator", targets: ["TokenGenerator"]),
    ],
    targets: [
        // C libraries and the shim Glibc's overlay lacks.
        .systemLibrary(name: "CSQLite", path: "Shared/CSQLite", pkgConfig: "sqlite3",
                       providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CCurl", path: "Shared/CCurl", pkgConfig: "libcurl",
                       providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CCrypto", path: "Shared/CCrypto", pkgConfig: "libcrypto",
                       providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CZlib", path: "Shared/CZlib", pkgConfig: "zlib",
                       providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CSystem", path: "Shared/CSystem"),

        // Shared library targets.
        .target(name: "JSON", path: "Shared/JSON"),
        .target(name: "Compression", dependencies: ["CZlib"], path: "Shared/Compression"),
        .target(name: "Domain", dependencies: ["JSON"], path: "Shared/Domain"),
        .target(name: "HTTPServer", dependencies: ["CSystem", "JSON"], path: "Shared/HTTPServer"),
        .target(name: "HTTPClient", dependencies: ["CCurl", "JSON"], path: "Shared/HTTPClient"),
        .target(name: "SQLite", dependencies: ["CSQLite"], path: "Shared/SQLite"),
        .target(name: "Auth", dependencies: ["CCrypto", "JSON", "Domain"], path: "Shared/Auth"),
        .target(name: "ServiceKit",
                dependencies: ["HTTPServer", "HTTPClient", "SQLite", "Auth", "Domain"],
                path: "Shared/ServiceKit"),

        // Services.
        .executableTarget(name: "RegistryService", dependencies: ["ServiceKit", "Compression", "JSON", "Domain"], path: "Services/RegistryService", exclude: ["openapi.json"]),
        .executableTarget(name: "RequestService", dependencies: ["ServiceKit"], path: "Services/RequestService", exclude: ["openapi.json"]),
        .executableTarget(name: "ApprovalService", dependencies: ["ServiceKit"], path: "Services/ApprovalService", exclude: ["openapi.json"]),
        .executableTarget(name: "ClientDelegationService", dependencies: ["ServiceKit"],
                          path: "Services/ClientDelegationService", exclude: ["openapi.json"]),
        .executableTarget(name: "TokenGenerator", dependencies: ["ServiceKit"], path: "Services/TokenGenerator", exclude: ["openapi.json"]),

        // The demo scenario (`shared/spec/scenario.md`): data and a loader that uses the services' APIs.
        .target(name: "Scenario", dependencies: ["HTTPClient", "JSON"], path: "Tools/Scenario"),
        .executableTarget(name: "ScenarioLoader", dependencies: ["Scenario", "HTTPClient"], path: "Tools/ScenarioLoader"),

        // Benchmarks (`swift run -c release <name>`; figures in docs/performance.md).
        .executableTarget(name: "HTTPBench", dependencies: ["HTTPServer"], path: "Benchmarks/HTTPBench"),
        .executableTarget(name: "JSONBench", dependencies: ["JSON"], path: "Benchmarks/JSONBench"),

        // Tests.
        .testTarget(name: "JSONTests", dependencies: ["JSON"], path: "Tests/JSONTests"),
        .testTarget(name: "CompressionTests", dependencies: ["Compression"], path: "Tests/CompressionTests"),
        .testTarget(name: "DomainTests", dependencies: ["Domain"], path: "Tests/DomainTests"),
        .testTarget(name: "HTTPServerTests", dependencies: ["HTTPServer"], path: "Tests/HTTPServerTests"),
        .testTarget(name: "HTTPClientTests", dependencies: ["HTTPClient"], path: "Tests/HTTPClientTests"),
        .testTarget(name: "ApprovalServiceTests", dependencies: ["ApprovalService"], path: "Tests/ApprovalServiceTests"),
        .testTarget(name: "ClientDelegationServiceTests", dependencies: ["ClientDelegationService"],
                    path: "Tests/ClientDelegationServiceTests"),
        .testTarget(name: "SQLiteTests", dependencies: ["SQLite"], path: "Tests/SQLiteTests"),
        .testTarget(name: "AuthTests", dependencies: ["Auth"], path: "Tests/AuthTests"),
        .testTarget(name: "ServiceKitTests", dependencies: ["ServiceKit"], path: "Tests/ServiceKitTests"),
        .testTarget(name: "RegistryServiceTests", dependencies: ["RegistryService", "Scenario"],
                    path: "Tests/RegistryServiceTests"),
        .testTarget(name: "IntegrationTests", dependencies: ["HTTPClient", "Auth", "JSON", "Compression", "Scenario"], path: "Tests/IntegrationTests"),
    ],
    swiftLanguageModes: [.v6]
)
