/// MOD11 checks for Norwegian organisation numbers and fødselsnumre (spec README §Identities).
/// Auth keeps its own copy so that it depends on nothing above the C and JSON layers.
public enum IdentityNumbers {
    private static let organizationWeights = [3, 2, 7, 6, 5, 4, 3, 2]
    private static let firstPersonWeights = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    private static let secondPersonWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]

    /// 9 ASCII digits whose last is the MOD11 check digit. Any first digit is allowed
    /// (synthetic test organisations start with 2 or 3).
    public static func isValidOrganizationNumber(_ text: some StringProtocol) -> Bool {
        guard let digits = asciiDigits(text), digits.count == 9 else { return false }
        return checkDigit(of: digits.prefix(8), weights: organizationWeights) == digits[8]
    }

    /// 11 ASCII digits with both MOD11 check digits. Day and month are range-checked with the
    /// offsets in use: D-numbers (day + 40), and synthetic numbers (month + 40 or + 80).
    public static func isValidFodselsnummer(_ text: some StringProtocol) -> Bool {
        guard let digits = asciiDigits(text), digits.count == 11 else { return false }
        let day = digits[0] * 10 + digits[1]
        let month = digits[2] * 10 + digits[3]
        guard (1...31).contains(day) || (41...71).contains(day) else { return false }
        guard (1...12).contains(month) || (41...52).contains(month) || (81...92).contains(month) else { return false }
        guard checkDigit(of: digits.prefix(9), weights: firstPersonWeights) == digits[9] else { return false }
        return checkDigit(of: digits.prefix(10), weights: secondPersonWeights) == digits[10]
    }

    /// The MOD11 check digit, or nil when the weighted sum leaves remainder 1 (no valid digit exists).
    private static func checkDigit(of digits: ArraySlice<Int>, weights: [Int]) -> Int? {
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        switch sum % 11 {
        case 0: return 0
        case 1: return nil
        case let remainder: return 11 - remainder
        }
    }

    private static func asciiDigits(_ text: some StringProtocol) -> [Int]? {
        var digits: [Int] = []
        for byte in text.utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            digits.append(Int(byte - UInt8(ascii: "0")))
            if digits.count > 11 { return nil }
        }
        return digits
    }
}
