/// Draws categories for a sequence of items so that each category gets exactly its quota (selection
/// sampling): item k falls in category c with probability (c's quota left) / (items left). Gives exact
/// shares of deleted and removed units at any size, in any seed.
struct QuotaSampler: Sendable {
    private var remainingQuotas: [Int]
    private var remainingItems: Int

    /// - Parameters:
    ///   - items: how many times `next` will be called.
    ///   - shares: the share of each category; the rest fall in none (`next` returns nil).
    init(items: Int, shares: [Double]) {
        remainingItems = items
        var quotas = shares.map { Int((Double(items) * $0).rounded()) }
        var total = quotas.reduce(0, +)
        for index in quotas.indices.reversed() where total > items {
            let cut = min(quotas[index], total - items)
            quotas[index] -= cut
            total -= cut
        }
        remainingQuotas = quotas
    }

    /// The category of the next item (an index into `shares`), or nil for none.
    mutating func next(using random: inout SplitMix64) -> Int? {
        guard remainingItems > 0 else { return nil }
        var roll = random.below(remainingItems)
        remainingItems -= 1
        for index in remainingQuotas.indices {
            if roll < remainingQuotas[index] {
                remainingQuotas[index] -= 1
                return index
            }
            roll -= remainingQuotas[index]
        }
        return nil
    }
}
