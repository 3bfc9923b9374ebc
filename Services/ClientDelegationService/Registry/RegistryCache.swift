import Auth
import Dispatch
import Synchronization

/// The in-memory cache of Registry answers (`delegation.md` §8.1): holder entries and unit entries, each
/// with the answer's `position` and the send time of its request, invalidated by the feed follower.
final class RegistryCache: Sendable {
    /// Immutable apart from `lastUse`, which a hit sets atomically, so that a hit writes nothing back
    /// into the dictionaries under the lock.
    final class Entry<Value: Sendable>: Sendable {
        let value: Value
        let position: Int64
        let fetchedAt: UInt64
        let lastUse: Atomic<UInt64>

        init(value: Value, position: Int64, fetchedAt: UInt64, lastUse: UInt64) {
            self.value = value
            self.position = position
            self.fetchedAt = fetchedAt
            self.lastUse = Atomic(lastUse)
        }
    }

    struct State: Sendable {
        var epoch: String?
        var position: Int64 = 0
        /// Send time of the last poll that caught up; 0 = never.
        var caughtUpAt: UInt64 = 0
        /// Bumped whenever everything is dropped, so that an answer fetched before a drop is not stored.
        var generation: UInt64 = 0
        var holders: [String: Entry<HolderRoles>] = [:]
        var units: [String: Entry<UnitLookup>] = [:]
    }

    let maxStalenessNanos: UInt64
    let maxEntries: Int
    private let state = ReadWriteLock(State())
    /// The use clock for least-recently-used eviction.
    private let tick = Atomic<UInt64>(0)

    init(maxStalenessMilliseconds: Int, maxEntries: Int) {
        maxStalenessNanos = UInt64(max(0, maxStalenessMilliseconds)) * 1_000_000
        self.maxEntries = max(1, maxEntries)
    }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// What a fetch records before it is sent: the generation, to check at store time.
    var generation: UInt64 { state.read { $0.generation } }

    var snapshot: (epoch: String?, position: Int64, caughtUpAt: UInt64) {
        state.read { ($0.epoch, $0.position, $0.caughtUpAt) }
    }

    /// Whether every entry is fresh because the feed was read recently.
    func isCaughtUp(now: UInt64 = RegistryCache.now()) -> Bool {
        state.read { Self.caughtUp($0, now: now, bound: maxStalenessNanos) }
    }

    private static func caughtUp(_ state: State, now: UInt64, bound: UInt64) -> Bool {
        state.caughtUpAt != 0 && now &- state.caughtUpAt <= bound
    }

    func holder(_ key: String, now: UInt64 = RegistryCache.now()) -> CacheLookup<HolderRoles> {
        lookup(now: now) { $0.holders[key] }
    }

    func unit(_ key: String, now: UInt64 = RegistryCache.now()) -> CacheLookup<UnitLookup> {
        lookup(now: now) { $0.units[key] }
    }

    /// A fresh entry is a hit; the lock covers only the dictionary read and the freshness check.
    private func lookup<Value>(now: UInt64, _ find: (borrowing State) -> Entry<Value>?) -> CacheLookup<Value> {
        let found: CacheLookup<Entry<Value>> = state.read { state in
            guard let entry = find(state) else { return .miss }
            guard Self.caughtUp(state, now: now, bound: maxStalenessNanos)
                    || now &- entry.fetchedAt <= maxStalenessNanos else { return .stale }
            return .hit(entry)
        }
        switch found {
        case .miss: return .miss
        case .stale: return .stale
        case .hit(let entry):
            entry.lastUse.store(nextTick(), ordering: .relaxed)
            return .hit(entry.value)
        }
    }

    private func nextTick() -> UInt64 { tick.add(1, ordering: .relaxed).newValue }

    /// Stores a fetched holder answer unless a newer change was applied or the cache was dropped since.
    func store(holder key: String, _ value: HolderRoles, fetchedAt: UInt64, generation: UInt64) {
        state.write { state in
            guard state.generation == generation, value.position >= state.position else { return }
            state.holders[key] = Entry(value: value, position: value.position, fetchedAt: fetchedAt, lastUse: nextTick())
            evictIfNeeded(&state)
        }
    }

    func store(units: [String: UnitLookup], position: Int64, fetchedAt: UInt64, generation: UInt64) {
        state.write { state in
            guard state.generation == generation, position >= state.position else { return }
            for (key, value) in units {
                state.units[key] = Entry(value: value, position: position, fetchedAt: fetchedAt, lastUse: nextTick())
            }
            evictIfNeeded(&state)
        }
    }

    /// Applies one feed item: drops the unit entry and the holder entries, and advances the position.
    func invalidate(unit: String, holders: [String], position: Int64) {
        state.write { state in
            state.units[unit] = nil
            state.holders[unit] = nil
            for holder in holders { state.holders[holder] = nil }
            state.position = max(state.position, position)
        }
    }

    /// Drops everything (a new epoch, or the first cursor) and sets the cursor.
    func reset(epoch: String, position: Int64) {
        state.write { state in
            state.holders.removeAll()
            state.units.removeAll()
            state.generation &+= 1
            state.epoch = epoch
            state.position = position
            state.caughtUpAt = 0
        }
    }

    func markCaughtUp(sentAt: UInt64) { state.write { $0.caughtUpAt = max($0.caughtUpAt, sentAt) } }

    var count: Int { state.read { $0.holders.count + $0.units.count } }

    /// Evicts the least recently used tenth when over the bound (amortised; eviction only costs speed).
    private func evictIfNeeded(_ state: inout State) {
        let total = state.holders.count + state.units.count
        guard total > maxEntries else { return }
        let target = max(0, maxEntries - max(1, maxEntries / 10))
        var uses = state.holders.map { (key: $0.key, use: $0.value.lastUse.load(ordering: .relaxed), unit: false) }
        uses += state.units.map { (key: $0.key, use: $0.value.lastUse.load(ordering: .relaxed), unit: true) }
        uses.sort { $0.use < $1.use }
        for item in uses.prefix(total - target) {
            if item.unit { state.units[item.key] = nil } else { state.holders[item.key] = nil }
        }
    }
}
