/// A fødselsnummer or D-number: 11 digits with two MOD11 check digits (weights 3,7,6,1,8,9,4,5,2 and
/// 5,4,3,2,7,6,5,4,3,2). Synthetic numbers (month + 40 or + 80) and D-numbers (day + 40) are valid.
public struct PersonIdentifier: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init?(rawValue: String) {
        guard PersonIdentifier.isValid(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// Fødselsnumre are personal data: the description masks all but the birth date.
    public var description: String { String(rawValue.prefix(6)) + "*****" }

    private static let firstWeights = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    private static let secondWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]

    public static func isValid(_ text: String) -> Bool {
        guard let digits = Digits.parse(text, count: 11), hasPlausibleDate(digits) else { return false }
        guard Modulo11.checkDigit(digits[0..<9], weights: firstWeights) == digits[9] else { return false }
        return Modulo11.checkDigit(digits[0..<10], weights: secondWeights) == digits[10]
    }

    /// Day 1–31 (or 41–71 for a D-number), month 1–12 (or +40 / +80 for synthetic numbers).
    private static func hasPlausibleDate(_ digits: [Int]) -> Bool {
        var day = digits[0] * 10 + digits[1]
        var month = digits[2] * 10 + digits[3]
        if day > 40 { day -= 40 }
        if month > 80 { month -= 80 } else if month > 40 { month -= 40 }
        return (1...31).contains(day) && (1...12).contains(month)
    }

    /// Both check digits for nine leading digits, or nil when either has none.
    public static func checkDigits(for firstNine: [Int]) -> (Int, Int)? {
        guard firstNine.count == 9, let k1 = Modulo11.checkDigit(firstNine[...], weights: firstWeights) else {
            return nil
        }
        guard let k2 = Modulo11.checkDigit((firstNine + [k1])[...], weights: secondWeights) else { return nil }
        return (k1, k2)
    }
}
