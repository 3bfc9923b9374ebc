import Domain

/// Hands out distinct synthetic fødselsnumre. The candidates are every (birth date, individnummer)
/// pair from 1930-01-01 to 2005-12-31; an affine bijection (k·a + b mod size, a coprime to size)
/// visits them in a scattered order, and candidates whose individnummer does not fit the birth year
/// or which have no valid K1/K2 are skipped: about 13 million numbers, more than 5 million enheter need.
struct PersonNumberSequence: Sendable {
    static let firstBirth = SyntheticDate(year: 1930, month: 1, day: 1)
    static let lastBirth = SyntheticDate(year: 2005, month: 12, day: 31)

    /// The fødselsnumre of `scenario.md`, which a generated person must not share.
    static let scenarioPersons: Set<String> = [
        "12838148288", "27917413504", "05866927113", "19898836587", "02829241792", "23870151217",
        "14849513878", "08907922694", "30818533124", "11927748950", "16856324404", "21887015861",
    ]

    private let size: Int
    private let multiplier: Int
    private let offset: Int
    private var step = 0

    init(seed: UInt64) {
        size = (Self.lastBirth.day - Self.firstBirth.day + 1) * 1000
        var multiplier = Int(Double(size) * 0.618_033_988_75)
        while Self.gcd(multiplier, size) != 1 { multiplier += 1 }
        self.multiplier = multiplier
        offset = Int(truncatingIfNeeded: SplitMix64.mix(seed ^ 0x5EED_F0D5) % UInt64(size))
    }

    /// The next fødselsnummer and its birth date. After all candidates (never, in practice) the walk
    /// starts over.
    mutating func next() -> (number: String, born: SyntheticDate) {
        while true {
            let candidate = (multiplier * (step % size) + offset) % size
            step += 1
            let born = Self.firstBirth.adding(days: candidate / 1000)
            let individual = candidate % 1000
            if let number = Self.number(born: born, individual: individual), !Self.scenarioPersons.contains(number) {
                return (number, born)
            }
        }
    }

    /// DD, MM + 80, YY, the individnummer, K1 and K2; nil when the individnummer does not belong to
    /// the century (000–499 1900–1999, 900–999 also 1940–1999, 500–999 2000–2039) or no check digit exists.
    private static func number(born: SyntheticDate, individual: Int) -> String? {
        let (year, month, day) = born.components
        let fits = year >= 2000 ? individual >= 500 : (individual < 500 || (year >= 1940 && individual >= 900))
        guard fits else { return nil }
        let yy = year % 100
        let firstNine = [day / 10, day % 10, (month + 80) / 10, (month + 80) % 10, yy / 10, yy % 10,
                         individual / 100, individual / 10 % 10, individual % 10]
        guard let (k1, k2) = PersonIdentifier.checkDigits(for: firstNine) else { return nil }
        var text = ""
        text.reserveCapacity(11)
        for digit in firstNine + [k1, k2] { text.unicodeScalars.append(Unicode.Scalar(UInt8(48 + digit))) }
        return text
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
