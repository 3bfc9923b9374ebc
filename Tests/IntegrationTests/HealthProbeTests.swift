import Foundation
import XCTest

/// `<executable> probe`: the container HEALTHCHECK (deploy/Dockerfile), since the image has no curl.
final class HealthProbeTests: XCTestCase {
    let keys = TestKeys.shared

    func test_probe_exitsZero_whenTheLocalServerIsReady() throws {
        let service = try ServiceProcess("RequestService", keys: keys)
        defer { service.stop() }
        let result = try ToolRun.run(ServiceProcess.executable("RequestService"), ["probe", "--port", "\(service.port)"],
                                     environment: [:])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("/health/ready: 200"), result.stdout)
    }

    func test_probe_exitsOne_whenNothingListens() throws {
        let result = try ToolRun.run(ServiceProcess.executable("TokenGenerator"), ["probe", "--port", "1"], environment: [:])
        XCTAssertEqual(result.status, 1)
        XCTAssertFalse(result.stderr.isEmpty)
    }

    func test_probe_exitsOne_whenThePathAnswersOtherThan200() throws {
        let service = try ServiceProcess("ApprovalService", keys: keys)
        defer { service.stop() }
        let result = try ToolRun.run(ServiceProcess.executable("ApprovalService"),
                                     ["probe", "--port", "\(service.port)", "--path", "/no/such/path"], environment: [:])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains(": 404"), result.stdout)
    }

    func test_probe_exitsTwo_whenThePathIsNotAbsolute() throws {
        let result = try ToolRun.run(ServiceProcess.executable("RegistryService"), ["probe", "--path", "health"],
                                     environment: [:])
        XCTAssertEqual(result.status, 2)
    }
}
