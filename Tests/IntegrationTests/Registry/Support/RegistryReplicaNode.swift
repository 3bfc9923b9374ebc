import Foundation
import HTTPClient
import JSON
import XCTest

/// A `RegistryService serve --follow URL` process for replica tests, with small polling helpers.
final class RegistryReplicaNode: @unchecked Sendable {
    let process: ServiceProcess
    let platformToken: String

    var baseURL: String { process.baseURL }

    /// Starts a replica of `primaryURL`; `directory` may already hold a database (`service.sqlite`).
    init(following primaryURL: String, directory: URL? = nil, environment: [String: String] = [:]) throws {
        let keys = TestKeys.shared
        process = try ServiceProcess("RegistryService", keys: keys, arguments: ["serve", "--follow", primaryURL],
                                     environment: environment, directory: directory)
        platformToken = try keys.platformToken(app: "replica-tests")
    }

    func get(_ path: String, token: String? = nil) throws -> ClientResponse {
        try TestHTTP.get(baseURL + path, token: token)
    }

    /// Polls `path` until `condition` holds or `timeout` passes; returns the last answer and when it came.
    func poll(_ path: String, token: String? = nil, timeout: TimeInterval,
              until condition: (ClientResponse) -> Bool) throws -> (ClientResponse, Date) {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let response = try get(path, token: token)
            let now = Date()
            if condition(response) || now >= deadline { return (response, now) }
            usleep(10_000)
        }
    }

    /// Waits until `/health/ready` answers 200.
    func waitUntilReady(timeout: TimeInterval = 20) throws {
        let (response, _) = try poll("/health/ready", timeout: timeout) { $0.status == 200 }
        XCTAssertEqual(response.status, 200, "replica not ready: \(response.text)\n\(process.stderrText)")
    }

    func stop() { process.stop() }
}
