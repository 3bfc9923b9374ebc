import XCTest
import Domain

final class IdentityNumberRulesTests: XCTestCase {
    func test_organizationNumber_isValid_whenCheckDigitMatches() {
        for number in ["310202398", "315602122", "315602149", "991825827", "974760673", "314250052"] {
            XCTAssertTrue(OrganizationNumber.isValid(number), number)
        }
    }

    func test_organizationNumber_isInvalid_whenCheckDigitIsWrongOrShapeIsWrong() {
        for number in ["310202399", "315602123", "31560212", "3156021220", "31560212a", "", " 315602122", "３１５６０２１２２"] {
            XCTAssertFalse(OrganizationNumber.isValid(number), number)
        }
    }

    func test_organizationNumber_acceptsCheckDigitZero_whenRemainderIsZero() {
        // 3·1+2·0+7·0+6·0+5·0+4·0+3·0+2·4 = 11 → remainder 0 → check digit 0.
        XCTAssertTrue(OrganizationNumber.isValid("100000040"))
        XCTAssertFalse(OrganizationNumber.isValid("100000041"))
    }

    func test_organizationNumber_isInvalid_whenRemainderIsOne() {
        // 3·4 = 12 → remainder 1: no check digit can make 40000000x valid.
        for checkDigit in 0...9 {
            XCTAssertFalse(OrganizationNumber.isValid("40000000\(checkDigit)"))
        }
    }

    func test_fodselsnummer_isValid_forScenarioAndSyntheticNumbers() {
        let numbers = ["12838148288", "02829241792", "05866927113", "11927748950", "21887015861", "08907922694",
                       "14849513878", "16856324404", "19898836587", "23870151217", "27917413504", "30818533124"]
        for number in numbers {
            XCTAssertTrue(PersonIdentifier.isValid(number), number)
        }
    }

    func test_fodselsnummer_isValid_forOrdinaryAndDNumbers() {
        XCTAssertTrue(PersonIdentifier.isValid(Self.withCheckDigits("010190")))
        XCTAssertTrue(PersonIdentifier.isValid(Self.withCheckDigits("410190")), "D-number, day + 40")
        XCTAssertTrue(PersonIdentifier.isValid(Self.withCheckDigits("014190")), "month + 40")
        XCTAssertTrue(PersonIdentifier.isValid(Self.withCheckDigits("018190")), "month + 80")
    }

    func test_fodselsnummer_isInvalid_whenCheckDigitsOrShapeAreWrong() {
        for number in ["12838148289", "12838148278", "1283814828", "128381482880", "1283814828a", ""] {
            XCTAssertFalse(PersonIdentifier.isValid(number), number)
        }
    }

    func test_fodselsnummer_isInvalid_whenDayOrMonthIsOutOfEveryRange() {
        XCTAssertFalse(PersonIdentifier.isValid(Self.withCheckDigits("001090")), "day 00")
        XCTAssertFalse(PersonIdentifier.isValid(Self.withCheckDigits("321090")), "day 32")
        XCTAssertFalse(PersonIdentifier.isValid(Self.withCheckDigits("011390")), "month 13")
        XCTAssertFalse(PersonIdentifier.isValid(Self.withCheckDigits("016190")), "month 61")
    }

    /// The first fødselsnummer with birth-date part `dateDigits` (DDMMYY) whose check digits both exist.
    private static func withCheckDigits(_ dateDigits: String) -> String {
        for individual in 100...999 {
            var digits = (dateDigits + String(individual)).compactMap { $0.wholeNumberValue }
            for weights in [[3, 7, 6, 1, 8, 9, 4, 5, 2], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]] {
                let remainder = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11
                digits.append(remainder == 0 ? 0 : 11 - remainder)
            }
            if digits.allSatisfy({ $0 < 10 }) { return digits.map(String.init).joined() }
        }
        return ""
    }
}
