/// Principals of tokens that passed signature, issuer and claim checks, keyed by the exact token text,
/// so that a token presented again (a peer's platform token on every call) skips RS256 and claim decoding.
///
/// Only the time checks depend on when a token is presented, so an entry keeps `exp` and `nbf` and
/// `TokenVerifier` checks them again on every hit with its own clock and leeway. Only tokens that
/// verified are stored. The size is bounded: each shard evicts its oldest entry (first in, first out)
/// when full. A lookup takes its shard's lock shared, so the many requests that carry the same token
/// (one peer's platform token) read side by side; shards split the stores.
public final class VerifiedTokenCache: Sendable {
    /// What a hit hands back: the principal and the times `TokenVerifier` re-checks.
    public struct Entry: Sendable, Equatable {
        public let principal: Principal
        public let expiresAt: Double
        public let notBefore: Double?

        public init(principal: Principal, expiresAt: Double, notBefore: Double?) {
            self.principal = principal
            self.expiresAt = expiresAt
            self.notBefore = notBefore
        }
    }

    /// Tokens longer than this are verified every time; it bounds the memory the keys take.
    public static let maximumCachedTokenLength = 4096

    struct ShardState {
        var entries: [String: Entry] = [:]
        /// Keys in insertion order, used as a ring: `next` is the oldest once the ring is full.
        var order: [String] = []
        var next = 0
    }

    final class Shard: Sendable {
        let state = ReadWriteLock(ShardState())
    }

    public let capacity: Int
    private let shardCapacity: Int
    private let shards: [Shard]

    /// `capacity` is the total bound; it is split evenly over `shardCount` shards (at least one entry each).
    public init(capacity: Int = 1024, shardCount: Int = 8) {
        let shardCount = max(1, min(shardCount, max(1, capacity)))
        shardCapacity = max(1, capacity / shardCount)
        self.capacity = shardCapacity * shardCount
        shards = (0..<shardCount).map { _ in Shard() }
    }

    public func entry(for token: String) -> Entry? {
        shards[shardIndex(token)].state.read { $0.entries[token] }
    }

    public func store(_ entry: Entry, for token: String) {
        guard token.utf8.count <= Self.maximumCachedTokenLength else { return }
        shards[shardIndex(token)].state.write { shard in
            if shard.entries.updateValue(entry, forKey: token) != nil { return }
            if shard.order.count < shardCapacity {
                shard.order.append(token)
                return
            }
            let oldest = shard.order[shard.next]
            shard.entries[oldest] = nil
            shard.order[shard.next] = token
            shard.next = (shard.next + 1) % shardCapacity
        }
    }

    /// Drops `token` (it expired); its ring slot is reused when it comes round.
    public func remove(_ token: String) {
        shards[shardIndex(token)].state.write { shard in
            shard.entries[token] = nil
        }
    }

    /// How many tokens are cached now.
    public var count: Int { shards.reduce(0) { total, shard in total + shard.state.read { $0.entries.count } } }

    /// From the last byte (in a JWS, a character of the random-looking signature) and the length:
    /// hashing the whole token here as well as in the dictionary cost more than the lookup.
    private func shardIndex(_ token: String) -> Int {
        let utf8 = token.utf8
        return (Int(utf8.last ?? 0) &+ utf8.count) % shards.count
    }
}
