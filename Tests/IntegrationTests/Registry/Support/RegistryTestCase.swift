import XCTest

/// Base class of the Registry's integration tests: one `RegistryService` per test class, started in the
/// class set-up (with the scenario unless `loadsScenario` is false) and stopped in its tear-down. A test
/// fails at once when the service did not start.
class RegistryTestCase: XCTestCase {
    nonisolated(unsafe) private static var services: [ObjectIdentifier: RegistryTestService] = [:]

    /// Whether the scenario is loaded through the internal write endpoints before the tests run.
    class var loadsScenario: Bool { true }
    /// Extra environment for the service (`PUBLIC_URL`...).
    class var environment: [String: String] { [:] }

    /// This class's service; only read after `setUpWithError` found it.
    var registry: RegistryTestService { Self.services[ObjectIdentifier(Self.self)]! }

    override class func setUp() {
        super.setUp()
        services[ObjectIdentifier(self)] = try? RegistryTestService(loadScenario: loadsScenario, environment: environment)
    }

    override class func tearDown() {
        services.removeValue(forKey: ObjectIdentifier(self))?.stop()
        super.tearDown()
    }

    override func setUpWithError() throws {
        try super.setUpWithError()
        _ = try XCTUnwrap(Self.services[ObjectIdentifier(Self.self)], "RegistryService did not start")
    }
}
