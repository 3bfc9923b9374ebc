import Foundation
import JSON
import XCTest

/// The proportions of `generate --units 2000` (`registry.md` §7), within tolerances that a
/// 2000-unit sample meets.
final class GenerateMixTests: XCTestCase {
    private func data() throws -> GenerateDataSet { try GenerateFixture.standard.get() }

    private func share(_ count: Int, of total: Int) -> Double { Double(count) / Double(max(1, total)) }

    func test_organisationForms_followTheMix() throws {
        let enheter = try data().enheter
        let forms = enheter.map { $0[path: "organisasjonsform", "kode"]?.stringValue ?? "" }
        func formShare(_ codes: Set<String>) -> Double { share(forms.filter(codes.contains).count, of: forms.count) }
        XCTAssertEqual(formShare(["AS"]), 0.55, accuracy: 0.04)
        XCTAssertEqual(formShare(["ENK"]), 0.25, accuracy: 0.04)
        XCTAssertEqual(formShare(["FLI", "STI"]), 0.05, accuracy: 0.02)
        XCTAssertEqual(formShare(["ANS", "DA"]), 0.03, accuracy: 0.015)
        XCTAssertEqual(formShare(["NUF"]), 0.02, accuracy: 0.012)
        XCTAssertEqual(formShare(["BRL"]), 0.02, accuracy: 0.012)
        XCTAssertEqual(formShare(["ESEK"]), 0.01, accuracy: 0.008)
        for unit in enheter {
            let code = unit[path: "organisasjonsform", "kode"]?.stringValue ?? ""
            XCTAssertFalse(["BEDR", "AAFY", ""].contains(code))
            XCTAssertNotNil(unit[path: "organisasjonsform", "beskrivelse"]?.stringValue)
            let navn = unit["navn"]?.stringValue ?? ""
            XCTAssertEqual(navn, navn.uppercased())
            XCTAssertGreaterThanOrEqual(navn.split(separator: " ").count, 4, "adjective, adjective, noun, suffix: \(navn)")
            XCTAssertEqual(unit[path: "forretningsadresse", "kommunenummer"]?.stringValue?.count, 4)
            XCTAssertNotNil(unit["registreringsdatoEnhetsregisteret"]?.stringValue)
        }
        XCTAssertGreaterThan(share(enheter.filter { $0["naeringskode1"] != nil }.count, of: enheter.count), 0.8)
    }

    func test_deletedAndRemovedShares_andRemovedUnitsHaveNoRoles() throws {
        let data = try data()
        let deleted = data.enheter.filter { $0["slettedato"] != nil && $0["fjernet"] == nil }
        let removed = data.enheter.filter { $0["fjernet"]?.boolValue == true }
        XCTAssertEqual(share(deleted.count, of: 2000), 0.02, accuracy: 0.005)
        XCTAssertEqual(share(removed.count, of: 2000), 0.001, accuracy: 0.001)
        XCTAssertGreaterThan(removed.count, 0)
        XCTAssertTrue(removed.allSatisfy { $0["slettedato"]?.stringValue != nil })
        let withRoles = Set(data.roller.compactMap { $0["organisasjonsnummer"]?.stringValue })
        XCTAssertTrue(removed.allSatisfy { !withRoles.contains($0["organisasjonsnummer"]?.stringValue ?? "") })
        XCTAssertTrue(deleted.contains { withRoles.contains($0["organisasjonsnummer"]?.stringValue ?? "") },
                      "deleted enheter keep their roles")
        let deletedSubunits = data.underenheter.filter { $0["slettedato"] != nil }
        XCTAssertEqual(share(deletedSubunits.count, of: 1000), 0.01, accuracy: 0.005)
    }

    func test_underenheter_hangUnderActiveEnheter_withBEDROrAAFY() throws {
        let data = try data()
        let enheter = data.enheterByNumber
        for unit in data.underenheter {
            let parentNumber = unit["overordnetEnhet"]?.stringValue ?? ""
            let parent = try XCTUnwrap(enheter[parentNumber], "parent \(parentNumber)")
            XCTAssertNil(parent["slettedato"], "parent \(parentNumber) is active")
            let parentForm = parent[path: "organisasjonsform", "kode"]?.stringValue ?? ""
            let expected = parentForm == "FLI" || parentForm == "STI" ? "AAFY" : "BEDR"
            XCTAssertEqual(unit[path: "organisasjonsform", "kode"]?.stringValue, expected)
            XCTAssertEqual(unit[path: "beliggenhetsadresse", "kommunenummer"]?.stringValue?.count, 4)
            XCTAssertNil(unit["forretningsadresse"])
        }
    }

    func test_roleCounts_personsAndResignations_followTheMix() throws {
        let data = try data()
        let roles = data.roles
        XCTAssertEqual(share(roles.count, of: 2000), 2.5, accuracy: 0.5, "2–3 roles per enhet")
        let resigned = roles.filter { $0.role["fratraadt"]?.boolValue == true }.count
        XCTAssertEqual(share(resigned, of: roles.count), 0.01, accuracy: 0.007)
        var units: [String: Set<String>] = [:]
        for (unit, role) in roles {
            guard let number = role[path: "person", "fodselsnummer"]?.stringValue else { continue }
            units[number, default: []].insert(unit)
        }
        let busy = units.values.filter { $0.count > 1 }.count
        XCTAssertEqual(share(busy, of: units.count), 0.10, accuracy: 0.04, "persons with roles in more than one unit")
        let formsByNumber = Dictionary(uniqueKeysWithValues: data.enheter.map {
            ($0["organisasjonsnummer"]?.stringValue ?? "", $0[path: "organisasjonsform", "kode"]?.stringValue ?? "")
        })
        for (unit, role) in roles where formsByNumber[unit] == "ENK" {
            XCTAssertEqual(role[path: "type", "kode"]?.stringValue, "INNH")
        }
    }

    func test_fields_followTheEnhetTableOrder_andDatesStayInRange() throws {
        let data = try data()
        let order = ["organisasjonsnummer", "navn", "organisasjonsform", "postadresse", "forretningsadresse",
                     "beliggenhetsadresse", "registreringsdatoEnhetsregisteret", "oppstartsdato", "datoEierskifte",
                     "nedleggelsesdato", "stiftelsesdato", "konkursdato", "underAvviklingDato",
                     "registreringsdatoAntallAnsatteEnhetsregisteret", "registrertIMvaregisteret",
                     "registrertIForetaksregisteret", "registrertIStiftelsesregisteret",
                     "registrertIFrivillighetsregisteret", "harRegistrertAntallAnsatte", "konkurs", "underAvvikling",
                     "underTvangsavviklingEllerTvangsopplosning", "naeringskode1", "naeringskode2",
                     "institusjonellSektorkode", "antallAnsatte", "overordnetEnhet", "sisteInnsendteAarsregnskap",
                     "maalform", "slettedato", "fjernet"]
        for unit in data.enheter + data.underenheter {
            let positions = unit.objectKeys.map { order.firstIndex(of: $0) ?? -1 }
            XCTAssertFalse(positions.contains(-1), "unexpected field in \(unit.objectKeys)")
            XCTAssertEqual(positions, positions.sorted(), "\(unit.objectKeys)")
        }
        var dates: [String] = []
        func collect(_ value: JSONValue) {
            switch value {
            case .string(let text) where text.count == 10 && text.dropFirst(4).first == "-": dates.append(text)
            case .array(let items): items.forEach(collect)
            case .object(let members): members.forEach { collect($0.1) }
            default: break
            }
        }
        (data.enheter + data.underenheter + data.roller).forEach(collect)
        XCTAssertGreaterThan(dates.count, 10000)
        XCTAssertGreaterThanOrEqual(dates.min() ?? "", "1900-01-01")
        XCTAssertLessThanOrEqual(dates.max() ?? "", "2025-12-31")
    }
}
