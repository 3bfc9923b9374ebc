/// A set of organisation numbers held as `Int32` (every 9-digit number fits): about 4–5 bytes per
/// number at Swift's load factor, so 1.8 M units take roughly 10 MB instead of ~100 MB as strings.
struct NumberSet: Sendable {
    private var numbers = Set<Int32>()

    init(minimumCapacity: Int = 0) { numbers.reserveCapacity(minimumCapacity) }

    var count: Int { numbers.count }

    func contains(_ organisasjonsnummer: String) -> Bool {
        Self.key(organisasjonsnummer).map { numbers.contains($0) } ?? false
    }

    /// False when the number was already there.
    @discardableResult
    mutating func insert(_ organisasjonsnummer: String) -> Bool {
        guard let key = Self.key(organisasjonsnummer) else { return false }
        return numbers.insert(key).inserted
    }

    mutating func insert(number: Int64) {
        if let key = Int32(exactly: number) { numbers.insert(key) }
    }

    private static func key(_ organisasjonsnummer: String) -> Int32? {
        guard organisasjonsnummer.utf8.count == 9 else { return nil }
        return Int32(organisasjonsnummer)
    }
}
