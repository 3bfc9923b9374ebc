@testable import ServiceKit
import XCTest

/// A definition's extra serve flags and environment check, and readiness conditions (a Registry replica's
/// `--follow`, `registry.md` §1 and §8).
final class ServeFlagsTests: XCTestCase {
    func test_apply_mapsAnExtraFlag_toItsVariable_andRefusesUnknownFlags() throws {
        let environment = try ServeOptions.apply(["--port", "9", "--follow", "http://p"],
                                                 extraFlags: ["--follow": "REGISTRY_FOLLOW"], to: [:])
        XCTAssertEqual(environment["REGISTRY_FOLLOW"], "http://p")
        XCTAssertEqual(environment["PORT"], "9")
        XCTAssertThrowsError(try ServeOptions.apply(["--follow", "http://p"], to: [:]))
        XCTAssertThrowsError(try ServeOptions.apply(["--follow"], extraFlags: ["--follow": "REGISTRY_FOLLOW"], to: [:]))
    }

    func test_run_exitsWith2_whenTheEnvironmentCheckThrows() {
        struct Bad: Error {}
        let definition = ServiceDefinition(shortName: "x", executable: "X", defaultPort: 1, openAPIDocument: "{}",
                                           migrations: nil, usesTokens: false, serveFlags: ["--follow": "X_FOLLOW"],
                                           checkEnvironment: { if $0["X_FOLLOW"] == "bad" { throw Bad() } },
                                           installRoutes: { _, _ in })
        XCTAssertEqual(ServiceRuntime.run(definition, arguments: ["serve", "--follow", "bad"], environment: [:]), 2)
    }

    func test_readiness_reportsTheCondition_onlyWhileReady() {
        let readiness = Readiness()
        readiness.setCondition { .stale }
        XCTAssertEqual(readiness.current, .starting)
        readiness.set(.ready)
        XCTAssertEqual(readiness.current, .stale)
        readiness.setCondition { nil }
        XCTAssertEqual(readiness.current, .ready)
        readiness.set(.draining)
        XCTAssertEqual(readiness.current, .draining)
    }
}
