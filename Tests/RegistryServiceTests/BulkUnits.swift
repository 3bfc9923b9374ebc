@testable import Domain
@testable import RegistryService

/// Generated units for paging edges: valid numbers in ascending order, every second one named EVEN.
enum BulkUnits {
    static func make(count: Int, startingAt firstEight: Int) -> [FixtureUnit] {
        var units: [FixtureUnit] = []
        var stem = firstEight
        while units.count < count {
            let digits = String(stem).compactMap { $0.wholeNumberValue }
            stem += 1
            guard let check = OrganizationNumber.checkDigit(for: digits) else { continue }
            let orgnr = digits.map(String.init).joined() + String(check)
            let name = units.count % 2 == 0 ? "BULK EVEN \(units.count) AS" : "BULK ODD \(units.count) AS"
            units.append(FixtureUnit(orgnr: orgnr, navn: name, form: "AS", ansatte: units.count % 7))
        }
        return units
    }
}
