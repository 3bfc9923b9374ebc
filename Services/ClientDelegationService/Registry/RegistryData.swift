import HTTPClient
import ServiceKit

/// Registry data with the freshness guarantee of `delegation.md` §8.1: a fresh cache entry, or a direct
/// fetch (stored unless a newer change was applied meanwhile). A failed fetch throws `HTTPClientError`,
/// which answers 503/504 `STD-00503` with `peer: "registry"`; stale data is never used.
struct RegistryData: Sendable {
    let cache: RegistryCache
    let reader: RegistryReader
    let metrics: MetricsRegistry
    /// Set on the event loop thread, where the data answers from the cache only: a miss throws
    /// `HTTPClientError.notAttempted` instead of calling the Registry (the request is answered again on a
    /// worker), and lookups are counted here until the loop's attempt is known to answer.
    private var cacheOnlyTally: CacheLookupTally?

    private var mayFetch: Bool { cacheOnlyTally == nil }

    init(cache: RegistryCache, reader: RegistryReader, metrics: MetricsRegistry) {
        self.cache = cache
        self.reader = reader
        self.metrics = metrics
    }

    /// The same data, answering from the cache only and counting its lookups in `tally`.
    func cacheOnly(counting tally: CacheLookupTally) -> RegistryData {
        var copy = self
        copy.cacheOnlyTally = tally
        return copy
    }

    func holder(_ key: String, deadline: Deadline?) throws(HTTPClientError) -> HolderRoles {
        switch cache.holder(key) {
        case .hit(let value):
            count("holder", "hit")
            return value
        case .miss: count("holder", "miss")
        case .stale: count("holder", "stale")
        }
        guard mayFetch else { throw .notAttempted(peer: "registry") }
        let generation = cache.generation
        let sentAt = RegistryCache.now()
        let value = try reader.holderRoles(key, deadline: deadline)
        cache.store(holder: key, value, fetchedAt: sentAt, generation: generation)
        return value
    }

    func unit(_ number: String, deadline: Deadline?) throws(HTTPClientError) -> UnitLookup {
        if case .hit(let value) = cache.unit(number) {  // the decision path: no arrays or sets on a hit
            count("unit", "hit")
            return value
        }
        return try units([number], deadline: deadline)[number] ?? .unknown
    }

    /// Every number's entry; missing and stale ones fetched in batches of at most 1000.
    func units(_ numbers: [String], deadline: Deadline?) throws(HTTPClientError) -> [String: UnitLookup] {
        var result: [String: UnitLookup] = [:]
        var missing: [String] = []
        for number in numbers where result[number] == nil {
            switch cache.unit(number) {
            case .hit(let value):
                count("unit", "hit")
                result[number] = value
            case .miss:
                count("unit", "miss")
                missing.append(number)
            case .stale:
                count("unit", "stale")
                missing.append(number)
            }
        }
        if !missing.isEmpty, !mayFetch { throw .notAttempted(peer: "registry") }
        var start = 0
        let unique = Array(Set(missing)).sorted()
        while start < unique.count {
            let batch = Array(unique[start..<min(start + 1000, unique.count)])
            let generation = cache.generation
            let sentAt = RegistryCache.now()
            let answer = try reader.units(batch, deadline: deadline)
            var fetched = answer.units
            for number in batch where fetched[number] == nil { fetched[number] = .unknown }
            cache.store(units: fetched, position: answer.position, fetchedAt: sentAt, generation: generation)
            result.merge(fetched) { _, new in new }
            start += 1000
        }
        return result
    }

    private func count(_ cache: String, _ result: String) {
        if let cacheOnlyTally {
            cacheOnlyTally.add(cache: cache, result: result)
        } else {
            Self.countLookup(in: metrics, cache: cache, result: result)
        }
    }

    static func countLookup(in metrics: MetricsRegistry, cache: String, result: String, by amount: Int = 1) {
        metrics.increment("delegation_registry_cache_total", help: "Registry cache lookups.",
                          labels: [("cache", cache), ("result", result)], by: Double(amount))
    }
}
