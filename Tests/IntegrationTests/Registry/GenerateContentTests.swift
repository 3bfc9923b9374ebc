import Foundation
import JSON
import XCTest

/// What `generate --units 2000` writes (`registry.md` §7): numbers, persons, roles, firms and mixes.
final class GenerateContentTests: XCTestCase {
    private static let scenarioNumbers: Set<String> = [
        "310202398", "310202399", "310904473", "311312294", "314250052", "315602122", "315602149", "315710340",
        "315710359", "315710367", "315710375", "315710383", "315710391", "315710405", "315710413", "315710421",
        "315799988", "315799996", "991825827",
    ]

    private func data() throws -> GenerateDataSet { try GenerateFixture.standard.get() }

    private func status(_ unit: JSONValue) -> String {
        if unit["fjernet"]?.boolValue == true { return "removed" }
        return unit["slettedato"] == nil ? "active" : "deleted"
    }

    func test_organisationNumbers_areValidUniqueAscendingAndNotFromTheScenario() throws {
        let data = try data()
        let enheter = data.enheter.compactMap { $0["organisasjonsnummer"]?.stringValue }
        let underenheter = data.underenheter.compactMap { $0["organisasjonsnummer"]?.stringValue }
        XCTAssertEqual(enheter.count, 2000)
        XCTAssertEqual(underenheter.count, 1000)
        for number in enheter + underenheter {
            XCTAssertTrue(GenerateIdentityChecks.isOrganisationNumber(number), number)
            XCTAssertTrue(number.hasPrefix("2") || number.hasPrefix("3"), number)
            XCTAssertFalse(Self.scenarioNumbers.contains(number), number)
        }
        XCTAssertEqual(Set(enheter + underenheter).count, 3000, "unique across both files")
        XCTAssertEqual(enheter, enheter.sorted())
        XCTAssertEqual(underenheter, underenheter.sorted())
    }

    func test_fodselsnumre_areValidTenorNumbersMatchingFodselsdato_andNamesAreUpperCase() throws {
        var persons = 0
        for (_, role) in try data().roles {
            guard let person = role["person"] else { continue }
            persons += 1
            let number = person["fodselsnummer"]?.stringValue ?? ""
            XCTAssertTrue(GenerateIdentityChecks.isFodselsnummer(number), number)
            let born = GenerateIdentityChecks.birthDate(ofTenor: number)
            XCTAssertEqual(person["fodselsdato"]?.stringValue, born, number)
            for part in ["fornavn", "etternavn"] {
                let name = person[path: "navn", part]?.stringValue ?? ""
                XCTAssertFalse(name.isEmpty)
                XCTAssertEqual(name, name.uppercased())
            }
            XCTAssertEqual(person["erDoed"]?.boolValue != nil, true)
        }
        XCTAssertGreaterThan(persons, 3000)
    }

    func test_roles_haveOneRecordPerEnhetWithRoles_inEnheterOrder_withGroupsInCodeListOrder() throws {
        let data = try data()
        let enheter = data.enheterByNumber
        let recordNumbers = data.roller.compactMap { $0["organisasjonsnummer"]?.stringValue }
        XCTAssertEqual(recordNumbers, recordNumbers.sorted())
        XCTAssertEqual(Set(recordNumbers).count, recordNumbers.count)
        let groupOrder = ["DAGL", "INNH", "DELT", "KOMP", "BEST", "STYR", "KONT", "REPR", "FFØR", "REGN", "REVI",
                          "BOBE", "SIGN", "PROK", "SAM", "STFT"]
        for record in data.roller {
            let number = record["organisasjonsnummer"]?.stringValue ?? ""
            let unit = try XCTUnwrap(enheter[number], "roles of unknown enhet \(number)")
            XCTAssertNotEqual(status(unit), "removed", "a removed enhet has no roles")
            let groups = record["rollegrupper"]?.arrayValue ?? []
            XCTAssertFalse(groups.isEmpty)
            let codes = groups.compactMap { $0[path: "type", "kode"]?.stringValue }
            let positions = codes.map { groupOrder.firstIndex(of: $0) ?? -1 }
            XCTAssertFalse(positions.contains(-1), "\(codes)")
            XCTAssertEqual(positions, positions.sorted(), "\(codes)")
            XCTAssertEqual(Set(codes).count, codes.count, "each group once")
            var holders = Set<String>()
            for group in groups {
                XCTAssertNotNil(group["sistEndret"]?.stringValue)
                for role in group["roller"]?.arrayValue ?? [] {
                    let holder = role[path: "person", "fodselsnummer"] ?? role[path: "enhet", "organisasjonsnummer"]
                    let key = (role[path: "type", "kode"]?.stringValue ?? "") + "/" + (holder?.stringValue ?? "")
                    XCTAssertTrue(holders.insert(key).inserted, "\(number): \(key) twice (an import would reject it)")
                }
                for (position, role) in (group["roller"]?.arrayValue ?? []).enumerated() {
                    XCTAssertEqual(role["rekkefolge"]?.intValue, Int64(position))
                    XCTAssertNotNil(role["fratraadt"]?.boolValue)
                    XCTAssertEqual(role["avregistrert"]?.boolValue, false)
                    XCTAssertTrue((role["person"] == nil) != (role["enhet"] == nil), "exactly one holder")
                }
            }
        }
        let withRoles = Set(recordNumbers)
        let active = data.enheter.filter { status($0) == "active" }
            .compactMap { $0["organisasjonsnummer"]?.stringValue }
        XCTAssertGreaterThan(Double(active.filter(withRoles.contains).count), 0.95 * Double(active.count))
    }

    func test_firmRoles_areHeldByActiveASUnits_withALargestFirmOfEachKind() throws {
        let data = try data()
        let enheter = data.enheterByNumber
        var clients: [String: [String: Int]] = [:]
        for (_, role) in data.roles {
            let type = role[path: "type", "kode"]?.stringValue ?? ""
            guard let holder = role["enhet"] else {
                XCTAssertFalse(["REGN", "REVI", "FFØR"].contains(type), "\(type) is held by firms only")
                continue
            }
            let number = holder["organisasjonsnummer"]?.stringValue ?? ""
            let firm = try XCTUnwrap(enheter[number], "firm \(number) is an enhet")
            XCTAssertEqual(firm[path: "organisasjonsform", "kode"]?.stringValue, "AS")
            XCTAssertEqual(status(firm), "active")
            XCTAssertEqual(holder["navn"]?.arrayValue, [firm["navn"] ?? .null])
            XCTAssertEqual(holder["erSlettet"]?.boolValue, false)
            clients[type, default: [:]][number, default: 0] += 1
        }
        for type in ["REGN", "REVI", "FFØR"] {
            let counts = clients[type] ?? [:]
            XCTAssertGreaterThanOrEqual(counts.count, 1, "at least one \(type) firm")
            let holders = counts.values.reduce(0, +)
            XCTAssertGreaterThanOrEqual(Double(counts.values.max() ?? 0), min(5000, 0.2 * Double(holders)), type)
        }
        XCTAssertGreaterThan(clients["REGN"]?.count ?? 0, 2, "several accounting firms at N = 2000")
    }
}
