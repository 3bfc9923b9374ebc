/// The service's own variables (`delegation.md` §1).
struct DelegationSettings: Sendable {
    var feedPollMilliseconds = 100
    var maxStalenessMilliseconds = 1000
    var cacheMaxEntries = 100_000

    struct Invalid: Error, CustomStringConvertible {
        let description: String
    }

    init(environment: [String: String]) throws {
        feedPollMilliseconds = try Self.read(environment, "DELEGATION_FEED_POLL_MS", feedPollMilliseconds, 1...3_600_000)
        maxStalenessMilliseconds = try Self.read(environment, "DECISION_MAX_STALENESS_MS", maxStalenessMilliseconds,
                                                 1...3_600_000)
        cacheMaxEntries = try Self.read(environment, "DELEGATION_CACHE_MAX_ENTRIES", cacheMaxEntries, 1...100_000_000)
    }

    private static func read(_ environment: [String: String], _ name: String, _ fallback: Int,
                             _ range: ClosedRange<Int>) throws -> Int {
        guard let text = environment[name], !text.isEmpty else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw Invalid(description: "\(name) must be an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }
}
