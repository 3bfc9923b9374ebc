import Foundation
import XCTest

final class RequestServiceSettingsTests: XCTestCase {
    func test_settings_outOfRange_exitsWithUsageError() throws {
        for (name, value) in [("REQUEST_TTL_SECONDS", "0"), ("REQUEST_PAGE_SIZE", "1001"), ("REGISTRY_CACHE_SECONDS", "x")] {
            let result = try ToolRun.run(ServiceProcess.executable("RequestService"), [],
                                         environment: [name: value, "PORT": "0"])
            XCTAssertEqual(result.status, 2, name)
            XCTAssertTrue(result.stderr.contains(name), result.stderr)
        }
    }
}
