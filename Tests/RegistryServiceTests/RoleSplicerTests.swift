@testable import RegistryService
import Domain
import Foundation
import JSON
import XCTest

/// The import's fast path for roles (`RoleRecordSplicer`) against the reference path (`JSONParser` and
/// `RoleRecordReader`): whatever the splicer accepts must be valid JSON of the same length and give the
/// very same `ImportedRoles` (roles in stored order, group dates, missing holder units); whatever the
/// parser or the reader refuses, the splicer must decline, so the reference path reports it as before.
final class RoleSplicerTests: XCTestCase {
    private static let today = "2026-11-23"

    private struct Generated {
        var roles: [[UInt8]] = []
        /// The enheter of the file, less every fourth, so that some holder units are missing.
        var enheter: Set<String> = []
    }

    private static let generated: Generated = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("role-splicer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = GenerateOptions(units: 2000, subunits: 200, seed: 11, outputDirectory: folder.path)
        guard (try? DataSetGenerator(options: options).run()) != nil else { return Generated() }
        let units = GeneratedFileRecords.records(folder.appendingPathComponent("enheter.json.gz").path)
        let numbers = units.enumerated().compactMap { index, record -> String? in
            guard index % 4 != 3, let unit = try? JSONParser().parse(record) else { return nil }
            return unit["organisasjonsnummer"]?.stringValue
        }
        return Generated(roles: GeneratedFileRecords.records(folder.appendingPathComponent("roller.json.gz").path),
                         enheter: Set(numbers))
    }()

    func test_splicer_givesTheReadersRoles_forEveryGeneratedRecord() throws {
        let records = Self.generated.roles
        XCTAssertGreaterThan(records.count, 500)
        var roles = 0
        var warnings = 0
        var kinds: Set<String> = []
        for record in records {
            let spliced = try XCTUnwrap(Self.compare(record), "declined: \(Self.text(record))")
            roles += spliced.records.count
            warnings += spliced.missingHolders.count
            for role in spliced.records {
                if case .person = role.holder { kinds.insert("person") } else { kinds.insert("enhet") }
                if role.fratraadt { kinds.insert("fratraadt") }
            }
        }
        XCTAssertGreaterThan(roles, records.count)
        XCTAssertGreaterThan(warnings, 0, "some holder units are missing from the enheter file")
        XCTAssertEqual(kinds, ["person", "enhet", "fratraadt"])
    }

    func test_splicer_acceptsOnlyWhatTheReaderAccepts_forMutatedRecords() throws {
        var accepted = 0
        var declined = 0
        let records = Self.generated.roles.filter { record in
            let text = Self.text(record)
            return text.contains("\"enhet\"") && text.contains("\"person\"")
        }
        for record in records.prefix(3) {
            for mutated in RoleRecordMutations.all(try JSONParser().parse(record)) {
                if Self.compare(Array(mutated.utf8)) != nil { accepted += 1 } else { declined += 1 }
            }
        }
        XCTAssertGreaterThan(accepted, 300, "the harmless mutations are spliced")
        XCTAssertGreaterThan(declined, 600, "the others fall back")
    }

    func test_splicer_handlesHandWrittenEdgeCases() throws {
        let head = #"{"organisasjonsnummer":"310202398","rollegrupper":[{"sistEndret":"2022-02-02","roller":["#
        let dagl = #"{"type":"DAGL","person":{"navn":{"fornavn":"A","etternavn":"B"}}}"#
        let unit = #"{"type":"DAGL","enhet":{"organisasjonsnummer":"314250052"}}"#
        let accepted = [
            head + dagl + "]}]}",
            #"{"organisasjonsnummer":"310202398","rollegrupper":[]}"#,
            head + "]}]}",
            head + #"{"type":{"kode":"REVI","beskrivelse":5},"enhet":{"organisasjonsnummer":"314250052"},"#
                + #""valgtAv":{"kode":"X","beskrivelse":null,"y":1},"ansvarsandel":"1/2"}]}]}"#,
            head + #"{"type":"LEDE","person":{"navn":{"fornavn":"Å","mellomnavn":"","etternavn":"𝄞"},"#
                + #""fodselsnummer":"15076500565"},"rekkefolge":"x","valgtAv":{}}, "# + dagl + "]}]}",
            head + dagl + #"]},{"roller":[{"type":"MEDL","person":{"navn":{"fornavn":"C","etternavn":"D"}},"#
                + #""rekkefolge":1,"x":[1,-2.5e10]}]}]}"#,
            // A holder given as null is absent, so the other one is the holder.
            head + #"{"type":"DAGL","person":null,"# + String(unit.dropFirst(15)) + "]}]}",
        ]
        let declined = [
            head + unit + "," + unit + "]}]}",
            head + #"{"type":"DAGL","person":{"navn":null}}]}]}"#,
            head + dagl + #"]},{"roller":[{"type":"MEDL","person":{"navn":{"fornavn":"C","etternavn":"D"}},"#
                + #""rekkefolge":1e1}]}]}"#,
            head + #"{"type":"DAGL","person":{"navn":{"fornavn":"A","etternavn":"B"}},"fullmektige":[]}]}]}"#,
            head + #"{"type":"DAGL","person":{"navn":{"fornavn":"A\u0042","etternavn":"B"}}}]}]}"#,
            head + #"{"type":"DAGL","person":{"navn":{"fornavn":"A","etternavn":"B"}},"rekkefolge":-1}]}]}"#,
            head + #"{"type":"DAGL","person":{"navn":{"fornavn":"A","etternavn":"B"},"fodselsnummer":"1"}}]}]}"#,
            head + #"{"type":"XXXX","person":{"navn":{"fornavn":"A","etternavn":"B"}}}]}]}"#,
            head + #"{"type":"DAGL","person":{"navn":{"fornavn":"A","etternavn":"B"}},"enhet":{}}]}]}"#,
            head + dagl + "]}]", head + dagl + "]}],}", "[" + head + dagl + "]}]}]",
            #"{"organisasjonsnummer":"310202398","rollegrupper":null}"#,
            #"{"organisasjonsnummer":"310202399","rollegrupper":[]}"#,
            #"{"organisasjonsnummer":"310202398","rollegrupper":[],"rollegrupper":[]}"#,
        ]
        for record in accepted {
            XCTAssertNotNil(Self.compare(Array(record.utf8)), record)
        }
        for record in declined {
            XCTAssertNil(Self.compare(Array(record.utf8)), record)
        }
    }

    func test_splicer_findsRepeats_inRecordsWithManyRoles() throws {
        let numbers = (10_000_000..<10_000_200).compactMap { prefix -> String? in
            let digits = String(prefix).compactMap { $0.wholeNumberValue }
            return OrganizationNumber.checkDigit(for: digits).map { String(prefix) + String($0) }
        }
        let roles = numbers.prefix(40).map { #"{"type":"REVI","enhet":{"organisasjonsnummer":"\#($0)"}}"# }
        func record(_ roles: [String]) -> [UInt8] {
            Array(#"{"organisasjonsnummer":"310202398","rollegrupper":[{"roller":["#.utf8)
                + Array(roles.joined(separator: ",").utf8) + Array("]}]}".utf8)
        }
        XCTAssertEqual(Self.compare(record(roles))?.records.count, 40)
        XCTAssertNil(Self.compare(record(roles + [roles[3]])), "a repeat past the scanned keys")
        XCTAssertNil(Self.compare(record(Array(roles.prefix(5)) + [roles[3]])), "a repeat among the scanned keys")
    }

    func test_splicer_declines_whenTheRecordGoesOnPastTheChunk() throws {
        let splicer = RoleRecordSplicer(today: Self.today)
        let record = try XCTUnwrap(Self.generated.roles.first)
        for cut in 1..<record.count {
            XCTAssertNil(record[..<cut].withUnsafeBytes { splicer.splice($0, isEnhet: { _ in true }) }, "cut at \(cut)")
        }
        XCTAssertEqual(record.withUnsafeBytes { splicer.splice($0, isEnhet: { _ in true }) }?.length, record.count)
    }

    // MARK: the oracle

    /// The splicer's roles for `record` (followed by `]`, as in a stream), checked against the reference
    /// path; nil when the splicer declines (then the reference path is the import's answer anyway).
    private static func compare(_ record: [UInt8], file: StaticString = #filePath,
                                line: UInt = #line) -> ImportedRoles? {
        let enheter = generated.enheter.union(["310202398"])
        let isEnhet: (String) -> Bool = { enheter.contains($0) }
        let parsed = try? JSONParser().parse(record)
        let reference = parsed.flatMap { try? RoleRecordReader(isEnhet: isEnhet, today: today).read($0) }
        let splicer = RoleRecordSplicer(today: today)
        guard let (roles, length) = (record + Array("]".utf8)).withUnsafeBytes({
            splicer.splice($0, isEnhet: isEnhet)
        }) else { return nil }
        XCTAssertEqual(length, record.count, text(record), file: file, line: line)
        guard let reference else {
            XCTFail("spliced, but the reference path refuses: \(text(record))", file: file, line: line)
            return nil
        }
        XCTAssertEqual(roles.organisasjonsnummer, reference.organisasjonsnummer, file: file, line: line)
        XCTAssertEqual(roles.records, reference.records, text(record), file: file, line: line)
        XCTAssertEqual(roles.dates, reference.dates, text(record), file: file, line: line)
        XCTAssertEqual(roles.missingHolders, reference.missingHolders, text(record), file: file, line: line)
        XCTAssertEqual(roles.groups, reference.groups, file: file, line: line)
        XCTAssertEqual(roles.rekkefolge, reference.rekkefolge, file: file, line: line)
        XCTAssertEqual(roles.sortedDates.map { "\($0.group) \($0.date)" },
                       reference.sortedDates.map { "\($0.group) \($0.date)" }, file: file, line: line)
        return roles
    }

    private static func text(_ record: [UInt8]) -> String { String(decoding: record, as: UTF8.self) }
}
