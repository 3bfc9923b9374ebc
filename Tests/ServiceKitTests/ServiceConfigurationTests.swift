import Foundation
import ServiceKit
import XCTest

final class ServiceConfigurationTests: XCTestCase {
    func test_defaults_followTheSpec() throws {
        let configuration = try ServiceConfiguration(shortName: "registry", defaultPort: 8081, environment: [:])
        XCTAssertEqual(configuration.host, "127.0.0.1")
        XCTAssertEqual(configuration.port, 8081)
        XCTAssertEqual(configuration.databasePath, "./data/registry.sqlite")
        XCTAssertEqual(configuration.jwksPath, "./data/keys/jwks.json")
        XCTAssertEqual(configuration.tokenIssuer, "http://127.0.0.1:8085")
        XCTAssertEqual(configuration.peers.delegation, "http://127.0.0.1:8084")
        XCTAssertEqual(configuration.loggedOutURL, "http://127.0.0.1:8083/accessmanagement/ui/logged-out")
        XCTAssertEqual(configuration.http.limits.maxHeaderBytes, 16 * 1024)
        XCTAssertEqual(configuration.http.limits.maxBodyBytes, 1024 * 1024)
        XCTAssertEqual(configuration.http.maxConnections, 1024)
        XCTAssertEqual(configuration.shutdownGraceSeconds, 2)
        XCTAssertEqual(configuration.shutdownTimeoutSeconds, 20)
        XCTAssertTrue(configuration.http.answersOnEventLoop)
        XCTAssertEqual(configuration.http.eventLoops, ProcessInfo.processInfo.activeProcessorCount)
    }

    func test_databaseMemoryMap_isReadFromEnvironment_orLeftToTheService() throws {
        XCTAssertNil(try ServiceConfiguration(shortName: "x", defaultPort: 1, environment: [:]).databaseMemoryMapBytes)
        let off = try ServiceConfiguration(shortName: "x", defaultPort: 1, environment: ["DATABASE_MMAP_BYTES": "0"])
        XCTAssertEqual(off.databaseMemoryMapBytes, 0)
        let set = try ServiceConfiguration(shortName: "x", defaultPort: 1, environment: ["DATABASE_MMAP_BYTES": "1048576"])
        XCTAssertEqual(set.databaseMemoryMapBytes, 1_048_576)
    }

    func test_eventLoopSettings_areReadFromEnvironment() throws {
        let configuration = try ServiceConfiguration(shortName: "x", defaultPort: 1,
                                                     environment: ["HTTP_EVENT_LOOPS": "3", "HTTP_EVENT_LOOP_ROUTES": "0"])
        XCTAssertEqual(configuration.http.eventLoops, 3)
        XCTAssertFalse(configuration.http.answersOnEventLoop)
    }

    func test_publicURL_replacesWildcardHost_withLoopback_andUsesBoundPort() throws {
        let configuration = try ServiceConfiguration(shortName: "x", defaultPort: 1, environment: ["HOST": "0.0.0.0", "PORT": "0"])
        XCTAssertEqual(configuration.publicURL(boundPort: 40123), "http://127.0.0.1:40123")
        let explicit = try ServiceConfiguration(shortName: "x", defaultPort: 1, environment: ["PUBLIC_URL": "https://api.test/"])
        XCTAssertEqual(explicit.publicURL(boundPort: 40123), "https://api.test")
    }

    func test_invalidValues_areRefused_namingTheVariable() {
        for (name, value) in [("PORT", "70000"), ("HTTP_MAX_BODY_BYTES", "-1"), ("LOG_LEVEL", "loud"),
                              ("SHUTDOWN_GRACE_SECONDS", "soon"), ("HTTP_EVENT_LOOPS", "0"),
                              ("HTTP_EVENT_LOOP_ROUTES", "maybe"), ("DATABASE_MMAP_BYTES", "-1"),
                              ("DATABASE_MMAP_BYTES", "lots")] {
            XCTAssertThrowsError(try ServiceConfiguration(shortName: "x", defaultPort: 1, environment: [name: value])) {
                XCTAssertTrue("\($0)".contains(name), "\($0)")
            }
        }
    }

    func test_limits_areReadFromEnvironment() throws {
        let configuration = try ServiceConfiguration(shortName: "x", defaultPort: 1, environment: [
            "HTTP_MAX_HEADER_BYTES": "2048", "HTTP_MAX_HEADERS": "10", "HTTP_MAX_BODY_BYTES": "100",
            "HTTP_READ_TIMEOUT_SECONDS": "0.5", "HTTP_IDLE_TIMEOUT_SECONDS": "3", "HTTP_MAX_CONNECTIONS": "7"])
        XCTAssertEqual(configuration.http.limits.maxHeaderBytes, 2048)
        XCTAssertEqual(configuration.http.limits.maxHeaders, 10)
        XCTAssertEqual(configuration.http.limits.maxBodyBytes, 100)
        XCTAssertEqual(configuration.http.readTimeoutSeconds, 0.5)
        XCTAssertEqual(configuration.http.idleTimeoutSeconds, 3)
        XCTAssertEqual(configuration.http.maxConnections, 7)
    }
}
