import Synchronization

/// Fresh MOD11-valid organisation numbers (starting with 32, outside the scenario), so tests that write
/// do not depend on each other's units.
enum RegistryTestNumbers {
    private static let counter = Mutex(0)

    static func next() -> String {
        while true {
            let base = 32_000_000 + counter.withLock { value -> Int in
                value += 1
                return value
            }
            let digits = String(base).compactMap { $0.wholeNumberValue }
            let sum = zip(digits, [3, 2, 7, 6, 5, 4, 3, 2]).map { $0 * $1 }.reduce(0, +)
            let check = sum % 11 == 0 ? 0 : 11 - sum % 11
            if check < 10 { return String(base) + String(check) }
        }
    }
}
