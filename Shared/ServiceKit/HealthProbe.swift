import Foundation
import HTTPClient

/// `<executable> probe [--path P]`: asks the service running on this host (`HOST`, `PORT`) for
/// `/health/ready` and exits 0 on 200, 1 otherwise. Container images carry no curl binary, so their
/// HEALTHCHECK runs the service's own executable, which already links libcurl.
enum HealthProbe {
    static let defaultPath = "/health/ready"

    static func run(_ configuration: ServiceConfiguration, path: String) -> Int32 {
        let url = configuration.listeningURL(boundPort: configuration.port) + path
        var configurationForProbe = HTTPClient.Configuration()
        configurationForProbe.attemptTimeout = .seconds(2)
        configurationForProbe.maxAttempts = 1
        let client = HTTPClient(peer: configuration.shortName, configuration: configurationForProbe)
        var request = ClientRequest(url: url)
        request.returnsServerErrors = true
        do {
            let response = try client.send(request)
            print("\(url): \(response.status)")
            return response.status == 200 ? 0 : 1
        } catch {
            ServiceRuntime.printError("\(url): \(error)")
            return 1
        }
    }

    /// `--path` is carried as this variable between option parsing and the probe.
    static let pathVariable = "PROBE_PATH"

    /// The `--path` value, or the default; a path must start with `/`.
    static func path(in environment: [String: String]) throws -> String {
        guard let path = environment[pathVariable] else { return defaultPath }
        guard path.hasPrefix("/") else { throw UsageError("--path must start with /") }
        return path
    }
}
