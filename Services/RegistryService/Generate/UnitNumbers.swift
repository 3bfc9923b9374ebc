import Domain

/// The organisasjonsnumre of a data set: MOD11-valid, nine digits starting with 2 or 3, unique, none
/// from `scenario.md`, and ascending in each list. Kept as `UInt32` (4 bytes a unit), the only
/// per-unit memory besides `EnhetFacts`.
struct UnitNumbers: Sendable {
    let enheter: [UInt32]
    let underenheter: [UInt32]

    /// Numbers used by the demo scenario, which a generated data set must not collide with.
    static let scenarioNumbers: Set<Int> = [
        310202398, 310202399, 310904473, 311312294, 314250052, 315602122, 315602149, 315710340, 315710359,
        315710367, 315710375, 315710383, 315710391, 315710405, 315710413, 315710421, 315799988, 315799996,
        991825827,
    ]

    /// Eight-digit prefixes 20000000..<40000000 give the numbers 200000000...399999999.
    private static let prefixes = 20_000_000..<40_000_000
    /// Prefixes at the top kept free of random gaps, so skipping invalid prefixes never runs out.
    private static let reserve = 1000

    /// Walks the prefixes upwards with random gaps sized to what is left, so the numbers spread over
    /// the whole range; each number goes to the enheter or underenheter list with the probability that
    /// leaves exactly `enheter` and `underenheter` of them (selection sampling).
    /// Nil if the range ran out (it cannot for the counts `generate` accepts).
    init?(enheter: Int, underenheter: Int, seed: UInt64) {
        var random = SplitMix64(seed: seed, stream: 1, index: 0)
        var main: [UInt32] = []
        var sub: [UInt32] = []
        main.reserveCapacity(enheter)
        sub.reserveCapacity(underenheter)
        var prefix = Self.prefixes.lowerBound - 1
        var remainingMain = enheter
        var remainingSub = underenheter
        while remainingMain + remainingSub > 0 {
            let remaining = remainingMain + remainingSub
            let typicalGap = (Self.prefixes.upperBound - Self.reserve - prefix) / (remaining + 1)
            prefix += typicalGap > 1 ? 1 + random.below(2 * typicalGap - 1) : 1
            guard let number = Self.nextNumber(from: &prefix) else { return nil }
            if random.below(remaining) < remainingMain {
                main.append(UInt32(number))
                remainingMain -= 1
            } else {
                sub.append(UInt32(number))
                remainingSub -= 1
            }
        }
        self.enheter = main
        self.underenheter = sub
    }

    /// The first valid number whose prefix is `prefix` or above (moving `prefix` to it), or nil past
    /// the range. The range holds about 18 million valid numbers, at most 10 million are asked for, and
    /// a gap is at most twice the space left per number below the reserve.
    private static func nextNumber(from prefix: inout Int) -> Int? {
        while prefix < prefixes.upperBound {
            if let check = checkDigit(prefix) {
                let number = prefix * 10 + check
                if !scenarioNumbers.contains(number) { return number }
            }
            prefix += 1
        }
        return nil
    }

    private static func checkDigit(_ prefix: Int) -> Int? {
        var digits = [Int](repeating: 0, count: 8)
        var rest = prefix
        for position in stride(from: 7, through: 0, by: -1) {
            digits[position] = rest % 10
            rest /= 10
        }
        return OrganizationNumber.checkDigit(for: digits)
    }
}
