import Domain
import XCTest

/// The typed wrappers; the MOD11 rules themselves are in `IdentityNumberRulesTests`.
final class IdentifierTests: XCTestCase {
    func test_organizationNumber_initialiser_followsTheRule() {
        XCTAssertEqual(OrganizationNumber(rawValue: "310202398")?.rawValue, "310202398")
        XCTAssertNil(OrganizationNumber(rawValue: "310202399"), "the scenario's invalid number")
    }

    func test_organizationNumber_checkDigit_isNil_whenRemainderIsOne() {
        XCTAssertEqual(OrganizationNumber.checkDigit(for: [3, 1, 0, 2, 0, 2, 3, 9]), 8)
        XCTAssertNil(OrganizationNumber.checkDigit(for: [2, 0, 0, 0, 0, 0, 0, 3]), "2·3 + 3·2 = 12, remainder 1")
        XCTAssertNil(OrganizationNumber.checkDigit(for: [1, 2, 3]))
    }

    func test_personIdentifier_checkDigits_produceValidNumbers() throws {
        let firstNine = [4, 1, 0, 1, 9, 0, 1, 2, 3]  // a D-number: day 01 + 40
        let (k1, k2) = try XCTUnwrap(PersonIdentifier.checkDigits(for: firstNine))
        XCTAssertNotNil(PersonIdentifier(rawValue: (firstNine + [k1, k2]).map(String.init).joined()))
        XCTAssertNil(PersonIdentifier(rawValue: "12838148289"), "the scenario's invalid number")
    }

    func test_personIdentifier_description_masksPersonalNumber() {
        XCTAssertEqual(PersonIdentifier(rawValue: "12838148288")?.description, "128381*****")
    }
}
