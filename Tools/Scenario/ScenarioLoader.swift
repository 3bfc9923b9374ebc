import HTTPClient
import JSON

/// Loads the scenario through the services' own APIs (`scenario.md` §1), never by writing databases,
/// so loading it is itself an end-to-end check. Steps that need services not yet built are added with them.
public struct ScenarioLoader: Sendable {
    public let registryURL: String
    public let platformToken: String
    let client: HTTPClient

    public init(registryURL: String, platformToken: String, client: HTTPClient = HTTPClient(peer: "registry")) {
        self.registryURL = registryURL.hasSuffix("/") ? String(registryURL.dropLast()) : registryURL
        self.platformToken = platformToken
        self.client = client
    }

    /// Steps 1–3: units, the underenhet, roles, then the two deletions.
    public func loadRegistry() throws {
        for unit in ScenarioUnits.hovedenheter {
            try put("/internal/enheter/\(unit.orgnr)", unit.body)
        }
        try put("/internal/underenheter/\(ScenarioUnits.underenhet.orgnr)", ScenarioUnits.underenhet.body)
        for (orgnr, roles) in ScenarioRoles.byUnit {
            try put("/internal/enheter/\(orgnr)/roller", ScenarioRoles.body(roles))
        }
        for deletion in ScenarioUnits.deletions {
            try send(ClientRequest(method: .delete,
                                   url: "\(registryURL)/internal/enheter/\(deletion.orgnr)?mode=\(deletion.mode)&dato=\(deletion.dato)"))
        }
    }

    private func put(_ path: String, _ body: JSONValue) throws {
        try send(.json(.put, url: registryURL + path, body: body))
    }

    private func send(_ request: ClientRequest) throws {
        var request = request
        request.headers["Authorization"] = "Bearer \(platformToken)"
        let response = try client.send(request)
        guard response.isSuccess else {
            throw ScenarioLoadError(path: request.url, status: response.status,
                                    body: String(decoding: response.body, as: UTF8.self))
        }
    }
}

public struct ScenarioLoadError: Error, CustomStringConvertible {
    public let path: String
    public let status: Int
    public let body: String

    public var description: String { "scenario step \(path) answered \(status): \(body)" }
}
