import Dispatch
import XCTest
@testable import ClientDelegationService

final class RegistryCacheTests: XCTestCase {
    private func roles(_ position: Int64) -> HolderRoles { HolderRoles(position: position, byUnit: [:]) }

    func test_store_refusesAnswer_whenOlderThanCursor() {
        let cache = RegistryCache(maxStalenessMilliseconds: 1000, maxEntries: 10)
        cache.reset(epoch: "e", position: 5)
        let generation = cache.generation
        cache.store(holder: "a", roles(4), fetchedAt: RegistryCache.now(), generation: generation)
        guard case .miss = cache.holder("a") else { return XCTFail("an answer older than the cursor was stored") }
        cache.store(holder: "a", roles(5), fetchedAt: RegistryCache.now(), generation: generation)
        guard case .hit = cache.holder("a") else { return XCTFail("a current answer was not stored") }
    }

    func test_store_refusesAnswer_whenCacheDroppedSinceFetch() {
        let cache = RegistryCache(maxStalenessMilliseconds: 1000, maxEntries: 10)
        let generation = cache.generation
        cache.reset(epoch: "new", position: 0)
        cache.store(holder: "a", roles(9), fetchedAt: RegistryCache.now(), generation: generation)
        guard case .miss = cache.holder("a") else { return XCTFail("stored across an epoch change") }
    }

    func test_invalidate_dropsUnitAndHolders() {
        let cache = RegistryCache(maxStalenessMilliseconds: 1000, maxEntries: 10)
        let generation = cache.generation
        cache.store(holder: "h", roles(1), fetchedAt: RegistryCache.now(), generation: generation)
        cache.store(units: ["u": .unknown], position: 1, fetchedAt: RegistryCache.now(), generation: generation)
        cache.invalidate(unit: "u", holders: ["h"], position: 2)
        guard case .miss = cache.holder("h"), case .miss = cache.unit("u") else { return XCTFail("not invalidated") }
        XCTAssertEqual(cache.snapshot.position, 2)
    }

    func test_entry_isStale_whenOlderThanBoundAndNotCaughtUp() {
        let cache = RegistryCache(maxStalenessMilliseconds: 1, maxEntries: 10)
        cache.store(holder: "h", roles(1), fetchedAt: RegistryCache.now() - 5_000_000, generation: cache.generation)
        guard case .stale = cache.holder("h") else { return XCTFail("expected stale") }
        cache.markCaughtUp(sentAt: RegistryCache.now())
        guard case .hit = cache.holder("h") else { return XCTFail("a caught-up cache serves every entry") }
    }

    func test_eviction_keepsRecentlyUsed_whenOverBound() {
        let cache = RegistryCache(maxStalenessMilliseconds: 1000, maxEntries: 10)
        let generation = cache.generation
        cache.store(holder: "keep", roles(1), fetchedAt: RegistryCache.now(), generation: generation)
        for number in 0..<20 {
            _ = cache.holder("keep")
            cache.store(holder: "h\(number)", roles(1), fetchedAt: RegistryCache.now(), generation: generation)
        }
        XCTAssertLessThanOrEqual(cache.count, 10)
        guard case .hit = cache.holder("keep") else { return XCTFail("the most used entry was evicted") }
    }

    func test_lookups_seeEveryInvalidation_whenReadersAndTheFeedRunAtOnce() {
        let cache = RegistryCache(maxStalenessMilliseconds: 1000, maxEntries: 1000)
        cache.markCaughtUp(sentAt: RegistryCache.now())
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            for round in 0..<500 {
                let key = "h\(round % 10)"
                if worker == 0 {
                    cache.store(holder: key, HolderRoles(position: Int64(round), byUnit: [:]), fetchedAt: RegistryCache.now(),
                                generation: cache.generation)
                    cache.invalidate(unit: key, holders: [key], position: Int64(round))
                    if case .hit = cache.holder(key) { XCTFail("\(key) served after its invalidation") }
                } else {
                    _ = cache.holder(key)
                }
            }
        }
        XCTAssertLessThanOrEqual(cache.count, 1000)
    }
}
