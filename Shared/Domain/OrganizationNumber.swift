/// A Norwegian organisasjonsnummer: 9 digits whose last is a MOD11 check digit over the first eight
/// with weights 3,2,7,6,5,4,3,2 (`spec/README.md` §Identities). No leading 8 or 9 is required,
/// because synthetic test organisations start with 2 or 3.
public struct OrganizationNumber: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Nil unless `rawValue` is exactly nine ASCII digits with a valid check digit.
    public init?(rawValue: String) {
        guard OrganizationNumber.isValid(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    public static func < (lhs: OrganizationNumber, rhs: OrganizationNumber) -> Bool { lhs.rawValue < rhs.rawValue }

    private static let weights = [3, 2, 7, 6, 5, 4, 3, 2]

    public static func isValid(_ text: String) -> Bool {
        guard let digits = Digits.parse(text, count: 9) else { return false }
        return Modulo11.checkDigit(digits[0..<8], weights: weights) == digits[8]
    }

    /// The check digit for eight leading digits, or nil when none exists (remainder 1).
    public static func checkDigit(for firstEight: [Int]) -> Int? {
        guard firstEight.count == 8 else { return nil }
        return Modulo11.checkDigit(firstEight[...], weights: weights)
    }
}
