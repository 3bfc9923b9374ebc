import Foundation
import HTTPClient
import JSON
import ServiceKit
import Synchronization

/// `systemVendorOrgName` (`requests.md` §3.1): the `navn` of the vendor's unit from the Registry,
/// cached per number for an hour. One batch call per answer for the numbers not cached, one attempt,
/// and `""` when the number is unknown or the Registry cannot answer (never a failure).
final class VendorNames: Sendable {
    static let cacheSeconds: TimeInterval = 3600

    private let client: HTTPClient
    private let registryURL: String
    private let cache = Mutex<[String: (name: String, fetched: Date)]>([:])

    init(service: ServiceContext) {
        var tokenProvider: (@Sendable () throws -> String)?
        if let source = service.platformTokens {
            tokenProvider = { try source.token() }
        }
        client = HTTPClient(peer: Peer.registry.rawValue,
                            configuration: HTTPClient.Configuration(maxAttempts: 1),
                            tokenProvider: tokenProvider)
        registryURL = service.baseURL(of: .registry)
    }

    /// Names for `numbers`; missing entries mean `""`.
    func names(for numbers: [String], deadline: Deadline) -> [String: String] {
        let now = Date()
        var known: [String: String] = [:]
        var missing: [String] = []
        cache.withLock { entries in
            for number in Set(numbers) {
                if let entry = entries[number], now.timeIntervalSince(entry.fetched) < Self.cacheSeconds {
                    known[number] = entry.name
                } else {
                    missing.append(number)
                }
            }
        }
        guard !missing.isEmpty else { return known }
        let fetched = fetch(missing.sorted(), deadline: deadline)
        cache.withLock { entries in
            for (number, name) in fetched { entries[number] = (name, now) }
        }
        return known.merging(fetched) { first, _ in first }
    }

    /// The Registry's answer for `numbers` (`""` for those in `notFound`); empty when it cannot answer,
    /// so that nothing is cached then.
    private func fetch(_ numbers: [String], deadline: Deadline) -> [String: String] {
        let url = registryURL + "/internal/units?orgnr=" + numbers.joined(separator: ",")
        guard let response = try? client.send(ClientRequest(url: url, deadline: deadline)),
              response.status == 200, let body = try? JSONValue.parse(response.body) else { return [:] }
        var names: [String: String] = [:]
        for number in body["notFound"]?.arrayValue?.compactMap(\.stringValue) ?? [] { names[number] = "" }
        for unit in body["units"]?.arrayValue ?? [] {
            if let number = unit["organisasjonsnummer"]?.stringValue { names[number] = unit["navn"]?.stringValue ?? "" }
        }
        return names
    }
}
