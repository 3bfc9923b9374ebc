import Foundation
import HTTPClient
import JSON
import Synchronization

/// `GET /internal/units?orgnr=` on the Registry. Active answers are cached for up to 1 s; `notFound`,
/// `deleted` and `removed` answers never are (`approval.md` §1).
final class HTTPRegistryPeer: RegistryPeer {
    static let cacheSeconds: TimeInterval = 1

    private let client: HTTPClient
    private let baseURL: String
    private let cache = Mutex<[String: (unit: RegistryUnit, fetched: Date)]>([:])

    init(client: HTTPClient, baseURL: String) {
        self.client = client
        self.baseURL = baseURL
    }

    func unit(_ orgNo: String, deadline: Deadline?) throws -> RegistryUnit? {
        let now = Date()
        if let cached = cache.withLock({ $0[orgNo] }), now.timeIntervalSince(cached.fetched) < Self.cacheSeconds {
            return cached.unit
        }
        let response = try client.send(ClientRequest(url: baseURL + "/internal/units?orgnr=" + orgNo,
                                                     headers: ["Accept": "application/json"], deadline: deadline))
        guard response.status == 200 else {
            throw PeerContractError(peer: client.peer, detail: "GET /internal/units answered \(response.status)")
        }
        let body = try response.json()
        guard let item = body["units"]?.arrayValue?.first(where: { $0["organisasjonsnummer"]?.stringValue == orgNo }) else {
            return nil
        }
        let unit = RegistryUnit(orgNo: orgNo, name: item["navn"]?.stringValue ?? "",
                                status: item["status"]?.stringValue ?? "unknown")
        cache.withLock { entries in
            if unit.isActive { entries[orgNo] = (unit, now) } else { entries[orgNo] = nil }
        }
        return unit
    }
}
