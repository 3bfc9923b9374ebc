import Foundation
import XCTest

/// The demo's walkthrough (`deploy/walkthrough.sh`, printed by `./run demo`) run whole against the four
/// services and a Token Generator, so the commands a person copies are known to work.
final class WalkthroughTests: JourneyTestCase {
    func test_walkthrough_runsEveryStep_withTheExpectedOutcomes() throws {
        let system = try system
        for tool in ["/usr/bin/curl", "/usr/bin/python3"] {
            try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: tool), "\(tool) is not installed")
        }
        let tokens = try ServiceProcess("TokenGenerator", keys: system.keys)
        defer { tokens.stop() }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("deploy/walkthrough.sh")
        let result = try ToolRun.run(URL(fileURLWithPath: "/bin/bash"), [script.path], environment: [
            "TOKENS": tokens.baseURL, "REQUESTS": system.requests.baseURL, "APPROVAL": system.approval.baseURL,
            "DELEGATION": system.delegation.baseURL,
        ])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        for expected in [
            "status New", "\"redirectKind\":\"vendor\"", "SmartCloud polls: Accepted",
            "AUTH-00016", "\"escalated\":true", "escalated by 02829241792",
            "available: 315710340", "available: 315710359", "AUTH-00080",
            "315710340 Permit agent.client-delegation", "315710367 NotApplicable agent.not-delegated",
            "walkthrough complete",
        ] {
            XCTAssertTrue(result.stdout.contains(expected), "missing \(expected) in:\n\(result.stdout)\n\(result.stderr)")
        }
        XCTAssertFalse(result.stdout.contains("available: 315710367"), "the AND rule lists only qualifying clients")
    }
}
