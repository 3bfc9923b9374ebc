import Foundation
import XCTest

/// The Kubernetes manifests and the compose file, validated offline by deploy/check-manifests.py
/// (`kubernetes-validate` from PyPI holds the API schemas; `./run test` installs it).
final class DeployManifestTests: XCTestCase {
    func test_deploymentFiles_passTheOfflineChecks() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let python = URL(fileURLWithPath: "/usr/bin/env")
        let probe = try ToolRun.run(python, ["python3", "-c", "import yaml, kubernetes_validate"], environment: [:])
        try XCTSkipIf(probe.status != 0, "python3 with PyYAML and kubernetes-validate is not installed")
        let script = root.appendingPathComponent("deploy/check-manifests.py").path
        let result = try ToolRun.run(python, ["python3", script], environment: [:])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("deployment files: ok"), result.stdout + result.stderr)
    }
}
