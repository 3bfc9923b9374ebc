import ServiceKit
import Synchronization

/// The cache lookups of one decision tried on the event loop, held back until it is answered there. A
/// decision that needs the Registry is answered again from the start on a worker, which counts its own
/// lookups; counting the loop's attempt as well would count them twice.
final class CacheLookupTally: Sendable {
    private struct Key: Hashable {
        let cache: String
        let result: String
    }

    private let counts = Mutex<[Key: Int]>([:])

    func add(cache: String, result: String) {
        counts.withLock { $0[Key(cache: cache, result: result), default: 0] += 1 }
    }

    /// Adds the held-back lookups to `delegation_registry_cache_total`.
    func record(in metrics: MetricsRegistry) {
        for (key, count) in counts.withLock({ $0 }) {
            RegistryData.countLookup(in: metrics, cache: key.cache, result: key.result, by: count)
        }
    }
}
