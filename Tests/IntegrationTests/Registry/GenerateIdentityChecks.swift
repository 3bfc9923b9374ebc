import Foundation

/// Independent checks of the identity numbers in generated data (written from `spec/README.md`
/// §Identities, not from the Domain target, so the test does not trust the code it tests).
enum GenerateIdentityChecks {
    static func isOrganisationNumber(_ text: String) -> Bool {
        let digits = text.compactMap(\.wholeNumberValue)
        guard text.count == 9, digits.count == 9 else { return false }
        return checkDigit(digits[0..<8], weights: [3, 2, 7, 6, 5, 4, 3, 2]) == digits[8]
    }

    static func isFodselsnummer(_ text: String) -> Bool {
        let digits = text.compactMap(\.wholeNumberValue)
        guard text.count == 11, digits.count == 11 else { return false }
        return checkDigit(digits[0..<9], weights: [3, 7, 6, 1, 8, 9, 4, 5, 2]) == digits[9]
            && checkDigit(digits[0..<10], weights: [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) == digits[10]
    }

    /// The birth date of a Tenor fødselsnummer (month + 80), with the century from the individnummer,
    /// as `YYYY-MM-DD`; nil when the month is not synthetic.
    static func birthDate(ofTenor text: String) -> String? {
        let digits = text.compactMap(\.wholeNumberValue)
        guard digits.count == 11 else { return nil }
        let day = digits[0] * 10 + digits[1]
        let month = digits[2] * 10 + digits[3] - 80
        let year = digits[4] * 10 + digits[5]
        let individual = digits[6] * 100 + digits[7] * 10 + digits[8]
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        let century: Int
        switch individual {
        case 0..<500: century = 1900
        case 500..<1000 where year < 40: century = 2000
        case 900..<1000: century = 1900
        default: return nil
        }
        return String(format: "%04d-%02d-%02d", century + year, month, day)
    }

    private static func checkDigit(_ digits: ArraySlice<Int>, weights: [Int]) -> Int {
        let remainder = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11
        return remainder == 0 ? 0 : 11 - remainder  // 10 never matches a digit
    }
}
