@testable import RegistryService
import JSON
import XCTest

/// The pure parts of `import` (`registry.md` §6): arguments, the record rules and role ordering.
final class ImportRecordRulesTests: XCTestCase {
    func test_options_defaultDatabase_comesFromEnvironment_thenDataDirectory() throws {
        let fromEnvironment = try ImportOptions(arguments: ["--roller", "r.json"], environment: ["DATABASE_PATH": "/x/db"])
        XCTAssertEqual(fromEnvironment.databasePath, "/x/db")
        XCTAssertEqual(fromEnvironment.stagingPath, "/x/db.import")
        XCTAssertEqual(fromEnvironment.batch, 10_000)
        XCTAssertEqual(try ImportOptions(arguments: ["--enheter", "e"], environment: [:]).databasePath,
                       "./data/registry.sqlite")
        let explicit = try ImportOptions(arguments: ["--enheter", "e", "--db", "d", "--batch", "1000000", "--resume"],
                                         environment: ["DATABASE_PATH": "/x/db"])
        XCTAssertEqual(explicit.databasePath, "d")
        XCTAssertEqual(explicit.batch, 1_000_000)
        XCTAssertTrue(explicit.resume)
    }

    func test_options_areUsageErrors_whenBatchOrFilesAreWrong() {
        for arguments in [["--enheter", "e", "--batch", "0"], ["--enheter", "e", "--batch", "-1"],
                          ["--enheter", "e", "--batch", "+5"], ["--db", "d"], ["--enheter", "e", "--enheter", "f"]] {
            XCTAssertThrowsError(try ImportOptions(arguments: arguments, environment: [:]), "\(arguments)") { error in
                XCTAssertEqual((error as? ImportError)?.exitCode, 2)
            }
        }
    }

    func test_numberSet_findsInsertedNumbers_andRefusesRepeats() {
        var numbers = NumberSet()
        XCTAssertTrue(numbers.insert("310202398"))
        XCTAssertFalse(numbers.insert("310202398"))
        XCTAssertTrue(numbers.contains("310202398"))
        XCTAssertFalse(numbers.contains("314250052"))
        XCTAssertFalse(numbers.contains("31020239"))
        numbers.insert(number: 314_250_052)
        XCTAssertTrue(numbers.contains("314250052"))
    }

    func test_unitRecord_isRemoved_withFjernetAndSlettedato_andRejectedWithoutSlettedato() throws {
        let reader = UnitRecordReader(kind: .enhet)
        let removed = try reader.read(["organisasjonsnummer": "310202398", "navn": "A AS", "organisasjonsform": "AS",
                                       "slettedato": "2024-01-31", "fjernet": true])
        XCTAssertEqual(removed.status, .removed)
        XCTAssertEqual(removed.slettedato, "2024-01-31")
        XCTAssertFalse(removed.text.contains("slettedato"))
        XCTAssertThrowsError(try reader.read(["organisasjonsnummer": "310202398", "navn": "A AS",
                                              "organisasjonsform": "AS", "fjernet": true]))
        XCTAssertThrowsError(try reader.read(["organisasjonsnummer": "310202398", "navn": "A AS",
                                              "organisasjonsform": "AS", "slettedato": "31.01.2024"]))
    }

    func test_roles_areOrderedByGroupThenRekkefolge_andDatedByTheirFileGroup() throws {
        func person(_ type: String, _ fornavn: String, rekkefolge: Int) -> JSONValue {
            ["type": ["kode": .string(type)], "person": ["navn": ["fornavn": .string(fornavn), "etternavn": "X"]],
             "rekkefolge": .int(Int64(rekkefolge))]
        }
        let record: JSONValue = ["organisasjonsnummer": "310202398", "rollegrupper": [
            ["type": ["kode": "STYR"], "sistEndret": "2022-02-02",
             "roller": [person("MEDL", "B", rekkefolge: 1), person("LEDE", "A", rekkefolge: 0)]],
            ["type": ["kode": "DAGL"], "roller": [person("DAGL", "D", rekkefolge: 0)]],
        ]]
        let roles = try RoleRecordReader(isEnhet: { _ in true }, today: "2026-11-23").read(record)
        XCTAssertEqual(roles.records.map(\.type), ["DAGL", "LEDE", "MEDL"])
        XCTAssertEqual(roles.dates, ["DAGL": "2026-11-23", "STYR": "2022-02-02"])
    }

    func test_roles_rejectTheWholeRecord_whenOneRoleBreaksARule_butOnlyWarnForUnknownHolderUnits() throws {
        let reader = RoleRecordReader(isEnhet: { $0 == "310202398" }, today: "2026-11-23")
        let firm: JSONValue = ["type": "REGN", "enhet": ["organisasjonsnummer": "314250052"]]
        let kept = try reader.read(["organisasjonsnummer": "310202398", "rollegrupper": [["roller": [firm]]]])
        XCTAssertEqual(kept.missingHolders, ["314250052"])
        let broken: JSONValue = ["type": "DAGL", "person": ["navn": ["fornavn": "A"]]]
        XCTAssertThrowsError(try reader.read(["organisasjonsnummer": "310202398",
                                              "rollegrupper": [["roller": [firm, broken]]]]))
    }
}
