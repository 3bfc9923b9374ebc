import Foundation
import HTTPClient
import JSON
import ServiceKit
import Synchronization

/// Whether a party exists and is active, asked of the Registry (`GET /internal/units`, `requests.md` §1).
/// Only `active` answers are cached, per number, for `REGISTRY_CACHE_SECONDS` (0 disables the cache).
final class PartyRegistry: Sendable {
    private static let maxEntries = 100_000

    private let client: HTTPClient
    private let baseURL: String
    private let cacheSeconds: TimeInterval
    private let activeSince = Mutex<[String: Date]>([:])

    init(client: HTTPClient, baseURL: String, cacheSeconds: Int) {
        self.client = client
        self.baseURL = baseURL
        self.cacheSeconds = TimeInterval(cacheSeconds)
    }

    /// 400 `AUTH-00000` unless `orgNo` is an active unit; a peer failure throws `HTTPClientError`.
    func requireActive(_ orgNo: String, deadline: Deadline) throws {
        if isCachedActive(orgNo) { return }
        let response = try client.send(ClientRequest(url: baseURL + "/internal/units?orgnr=" + orgNo, deadline: deadline))
        guard response.status == 200, let body = try? JSONValue.parse(response.body) else {
            throw HTTPClientError.unexpectedStatus(peer: client.peer, status: response.status)
        }
        let unit = body["units"]?.arrayValue?.first { $0["organisasjonsnummer"]?.stringValue == orgNo }
        guard unit?["status"]?.stringValue == "active" else { throw RequestProblems.unknownParty(orgNo) }
        remember(orgNo)
    }

    private func isCachedActive(_ orgNo: String) -> Bool {
        guard cacheSeconds > 0 else { return false }
        let now = Date()
        return activeSince.withLock { entries in
            guard let fetched = entries[orgNo] else { return false }
            return now.timeIntervalSince(fetched) < cacheSeconds
        }
    }

    private func remember(_ orgNo: String) {
        guard cacheSeconds > 0 else { return }
        let now = Date()
        activeSince.withLock { entries in
            if entries.count >= Self.maxEntries {
                entries = entries.filter { now.timeIntervalSince($0.value) < cacheSeconds }
            }
            entries[orgNo] = now
        }
    }
}
