import Domain
import XCTest

final class OrganizationNumberTests: XCTestCase {
    func test_organizationNumber_accepts_whenCheckDigitIsValid() {
        // Brønnøysundregistrene's own number, and synthetic numbers starting with 2 and 3.
        for valid in ["974760673", "310202398", "315602122", "923609016"] {
            XCTAssertNotNil(OrganizationNumber(rawValue: valid), valid)
        }
    }

    func test_organizationNumber_rejects_whenCheckDigitIsWrong() {
        XCTAssertNil(OrganizationNumber(rawValue: "974760674"))
    }

    func test_organizationNumber_rejects_whenNotNineDigits() {
        for invalid in ["", "97476067", "9747606730", "97476067a", " 974760673", "９７４７６０６７３"] {
            XCTAssertNil(OrganizationNumber(rawValue: invalid), invalid)
        }
    }

    func test_organizationNumber_rejects_whenRemainderLeavesNoCheckDigit() {
        // 2·3 + 3·2 = 12, and 12 mod 11 = 1: no check digit exists, so every last digit fails.
        let firstEight = [2, 0, 0, 0, 0, 0, 0, 3]
        XCTAssertNil(OrganizationNumber.checkDigit(for: firstEight))
        for last in 0...9 {
            XCTAssertNil(OrganizationNumber(rawValue: firstEight.map(String.init).joined() + String(last)))
        }
    }

    func test_organizationNumber_checkDigit_roundTrips() {
        XCTAssertEqual(OrganizationNumber.checkDigit(for: [3, 1, 0, 2, 0, 2, 3, 9]), 8)
        // The scenario's negative example differs only in its check digit.
        XCTAssertNil(OrganizationNumber(rawValue: "310202399"))
    }
}

final class PersonIdentifierTests: XCTestCase {
    /// Synthetic (Tenor) numbers from the demo scenario: month + 80 (`12838148288`) and + 40 (`02829241792`…).
    let scenarioPersons = ["02829241792", "05866927113", "08907922694", "11927748950", "12838148288",
                           "14849513878", "16856324404", "19898836587", "21887015861", "23870151217"]

    func test_personIdentifier_accepts_whenBothCheckDigitsAreValid() {
        for valid in scenarioPersons {
            XCTAssertNotNil(PersonIdentifier(rawValue: valid), valid)
        }
    }

    func test_personIdentifier_accepts_whenDNumber() {
        let firstNine = [4, 1, 0, 1, 9, 0, 1, 2, 3]  // day 01 + 40
        guard let (k1, k2) = PersonIdentifier.checkDigits(for: firstNine) else { return XCTFail("no check digits") }
        XCTAssertTrue(PersonIdentifier.isValid((firstNine + [k1, k2]).map(String.init).joined()))
    }

    func test_personIdentifier_rejects_whenCheckDigitIsWrong() {
        // The scenario's negative example.
        XCTAssertFalse(PersonIdentifier.isValid("12838148289"))
    }

    func test_personIdentifier_rejects_whenDateIsImpossible() {
        XCTAssertFalse(PersonIdentifier.isValid("32130112345"))
        XCTAssertFalse(PersonIdentifier.isValid("1234567890"))
        XCTAssertFalse(PersonIdentifier.isValid("1283814828a"))
    }

    func test_personIdentifier_description_masksPersonalNumber() {
        XCTAssertEqual(PersonIdentifier(rawValue: "12838148288")?.description, "128381*****")
    }
}
