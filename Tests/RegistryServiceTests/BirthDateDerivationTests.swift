@testable import RegistryService
import XCTest

/// `fodselsdato` derivation (`registry.md` §5.4).
final class BirthDateDerivationTests: XCTestCase {
    private func derived(_ number: String) -> String? { BirthDateDerivation.fodselsdato(number)?.description }

    func test_fodselsdato_subtracts80FromMonth_whenTenorSynthetic() {
        XCTAssertEqual(derived("12838148288"), "1981-03-12")
        XCTAssertEqual(derived("23870151217"), "2001-07-23")
    }

    func test_fodselsdato_subtracts40_whenDNumberOrMonthPlus40() {
        XCTAssertEqual(derived("41018012365"), "1980-01-01")
        XCTAssertEqual(derived("01418012300"), "1980-01-01")
    }

    func test_fodselsdato_choosesCenturyFromIndividnummer() {
        XCTAssertEqual(BirthDateDerivation.century(individual: 0, year: 99), 1900)
        XCTAssertEqual(BirthDateDerivation.century(individual: 499, year: 10), 1900)
        XCTAssertEqual(BirthDateDerivation.century(individual: 500, year: 54), 1800)
        XCTAssertEqual(BirthDateDerivation.century(individual: 749, year: 99), 1800)
        XCTAssertEqual(BirthDateDerivation.century(individual: 500, year: 0), 2000)
        XCTAssertEqual(BirthDateDerivation.century(individual: 999, year: 39), 2000)
        XCTAssertEqual(BirthDateDerivation.century(individual: 900, year: 40), 1900)
        XCTAssertNil(BirthDateDerivation.century(individual: 500, year: 40))
        XCTAssertNil(BirthDateDerivation.century(individual: 750, year: 53))
        XCTAssertNil(BirthDateDerivation.century(individual: 899, year: 99))
    }

    func test_fodselsdato_isNil_whenDateDoesNotExist() {
        XCTAssertNil(derived("31029912345"), "31 February")
        XCTAssertNil(derived("2902000000"), "too short")
        XCTAssertEqual(derived("29024012300"), "1940-02-29", "a leap year")
        XCTAssertNil(derived("29024112300"), "1941 is no leap year")
    }
}
