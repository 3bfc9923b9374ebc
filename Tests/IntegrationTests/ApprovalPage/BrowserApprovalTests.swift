import Foundation
import XCTest

/// Runs `Tests/browser/approve-in-browser.py` against the real executables: headless Chromium logs in as
/// DRESS MINST through the demo login, approves with the keyboard and lands on the vendor's receipt page;
/// it saves a screenshot of the page in bokmål and in English. They go to a temporary folder, or to
/// `APPROVAL_SCREENSHOT_DIR` (set it to `docs` to refresh `docs/approval-page.png` and `-en.png`).
final class BrowserApprovalTests: XCTestCase {
    static let chromium = "/usr/bin/chromium"

    func test_approveInHeadlessChromium_landsOnVendorReceipt() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: Self.chromium),
                          "chromium is not installed at \(Self.chromium): browser test skipped")
        let services = try PageTestServices()
        defer { services.stop() }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let script = root.appendingPathComponent("Tests/browser/approve-in-browser.py").path
        let out = try ProcessInfo.processInfo.environment["APPROVAL_SCREENSHOT_DIR"].map { URL(fileURLWithPath: $0) }
            ?? TemporaryDirectory.make(prefix: "screenshots")
        let result = try ToolRun.run(URL(fileURLWithPath: "/usr/bin/env"), [
            "python3", script, "--approval", services.approval.baseURL, "--requests", services.requests.baseURL,
            "--token-generator", services.issuer, "--out", out.path,
            "--chromium", Self.chromium,
        ], environment: [:])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("\"approved\""), result.stdout)
        for name in ["approval-page.png", "approval-page-en.png"] {
            let path = out.appendingPathComponent(name).path
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            XCTAssertGreaterThan(size, 1000, name)
        }
    }
}
