@testable import RegistryService
import Foundation
import JSON
import XCTest

/// The import's fast path (`UnitRecordSplicer`) against the reference path (`JSONParser` and
/// `UnitRecordReader`): whatever the splicer accepts must be valid JSON of the same length and give the
/// very same `ImportedUnit` (stored document byte for byte, columns, search text, status); whatever the
/// parser or the reader refuses, the splicer must decline, so the reference path reports it as before.
final class UnitSplicerTests: XCTestCase {
    private static let generated: [OrganisationForm.UnitKind: [[UInt8]]] = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("splicer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = GenerateOptions(units: 3000, subunits: 1500, seed: 7, outputDirectory: folder.path)
        guard (try? DataSetGenerator(options: options).run()) != nil else { return [:] }
        return [.enhet: GeneratedFileRecords.records(folder.appendingPathComponent("enheter.json.gz").path),
                .underenhet: GeneratedFileRecords.records(folder.appendingPathComponent("underenheter.json.gz").path)]
    }()

    func test_splicer_givesTheReadersUnit_forEveryGeneratedRecord() throws {
        var statuses: Set<String> = []
        for kind in [OrganisationForm.UnitKind.enhet, .underenhet] {
            let records = try XCTUnwrap(Self.generated[kind])
            XCTAssertGreaterThan(records.count, 1000)
            var splicer = UnitRecordSplicer(kind: kind)
            for record in records {
                let unit = try XCTUnwrap(Self.compare(record, kind, &splicer), "declined: \(Self.text(record))")
                statuses.insert(unit.status.rawValue)
            }
        }
        XCTAssertEqual(statuses, ["active", "deleted", "removed"], "every status was spliced")
    }

    func test_splicer_acceptsOnlyWhatTheReaderAccepts_forMutatedRecords() throws {
        var accepted = 0
        var declined = 0
        for kind in [OrganisationForm.UnitKind.enhet, .underenhet] {
            var splicer = UnitRecordSplicer(kind: kind)
            for record in try XCTUnwrap(Self.generated[kind]).prefix(4) {
                for mutated in UnitRecordMutations.all(Self.text(record), kind: kind) {
                    if Self.compare(Array(mutated.utf8), kind, &splicer) != nil { accepted += 1 } else { declined += 1 }
                }
            }
        }
        XCTAssertGreaterThan(accepted, 1000, "the harmless mutations are spliced")
        XCTAssertGreaterThan(declined, 1000, "the others fall back")
    }

    func test_splicer_handlesHandWrittenEdgeCases() throws {
        let head = #"{"organisasjonsnummer":"314250052","navn":"A","organisasjonsform":"AS""#
        let accepted = [
            head + "}",
            head + #","ukjent":{"a":[1,-2.5e10,0,true,false,null,"x",{}],"b":[]},"_links":{}}"#,
            head + #","postadresse":{"land":null,"x":1},"hjemmeside":null}"#,
            head + #","postadresse":{"adresse":[],"kommunenummer":"0301"},"naeringskode1":{"kode":"10.710"}}"#,
            "{ \"navn\" : \"A\" ,\n\t\"organisasjonsform\" : { \"kode\" : \"AS\" , \"beskrivelse\" : 5 } ,"
                + " \"organisasjonsnummer\":\"314250052\" , \"antallAnsatte\": \"ignored\" }",
            head + #","harRegistrertAntallAnsatte":true,"antallAnsatte":0,"maalform":"Nynorsk","konkurs":true}"#,
            head + #","slettedato":"2020-02-29","fjernet":true}"#,
            head + #","aktivitet":["Æ","ø","𝄞",""],"telefon":"+47 22 33 44 55"}"#,
        ]
        let declined = [
            head + #","navn":"B"}"#, head + #","telefon":"a\"b"}"#, head + #","ukjent":"\u00C5"}"#,
            head + #","konkurs":"ja"}"#,
            head + #","harRegistrertAntallAnsatte":true,"antallAnsatte":5.0}"#,
            head + #","harRegistrertAntallAnsatte":true,"antallAnsatte":-1}"#,
            head + #","maalform":"Bokma\#u{030A}l"}"#, head + #","ukjent":1e400}"#, head + #","ukjent":01}"#,
            head + #","ukjent":[1,]}"#, head + ",\"ukjent\":\"\u{01}\"}", head + #","slettedato":"2021-02-29"}"#,
            head + #","fjernet":true}"#, head + #","naeringskode1":{"kode":"1.710"}}"#,
            head + #","postadresse":{"postnummer":"123"}}"#, head + #","overordnetEnhet":"314250053"}"#,
            head + ",\"ukjent\":" + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "}",
            #"{"organisasjonsnummer":"314250052","navn":"","organisasjonsform":"AS"}"#,
            #"{"organisasjonsnummer":"314250052","navn":"A","organisasjonsform":"BEDR"}"#,
            #"{"organisasjonsnummer":"314250052","navn":"A","organisasjonsform":{"kode":"AS","kode":"AS"}}"#,
            #"{"organisasjonsnummer":"314250052","navn":"A"}"#, head, head + ",}", "[" + head + "}]",
        ]
        var splicer = UnitRecordSplicer(kind: .enhet)
        for record in accepted {
            XCTAssertNotNil(Self.compare(Array(record.utf8), .enhet, &splicer), record)
        }
        for record in declined {
            XCTAssertNil(Self.compare(Array(record.utf8), .enhet, &splicer), record)
        }
        var bytes = Array((head + #","ukjent":"x"}"#).utf8)
        bytes[bytes.count - 3] = 0xC3   // a lead byte without its continuation: invalid UTF-8
        XCTAssertNil(Self.compare(bytes, .enhet, &splicer))
        let long = head.replacingOccurrences(of: #""navn":"A""#, with: "\"navn\":\"\(String(repeating: "Å", count: 100))\"")
        XCTAssertNil(Self.compare(Array((long + "}").utf8), .enhet, &splicer), "200 bytes: left to the reader")
    }

    func test_splicer_declines_whenTheRecordGoesOnPastTheChunk() {
        var splicer = UnitRecordSplicer(kind: .enhet)
        let record = Array(#"{"organisasjonsnummer":"314250052","navn":"A","organisasjonsform":"AS"}"#.utf8)
        for cut in 1..<record.count {
            XCTAssertNil(record[..<cut].withUnsafeBytes { splicer.splice($0) }, "cut at \(cut)")
        }
        XCTAssertEqual(record.withUnsafeBytes { splicer.splice($0) }?.length, record.count)
    }

    // MARK: the oracle

    /// The splicer's unit for `record` (followed by `]`, as in a stream), checked against the reference
    /// path; nil when the splicer declines (then the reference path is the import's answer anyway).
    private static func compare(_ record: [UInt8], _ kind: OrganisationForm.UnitKind,
                                _ splicer: inout UnitRecordSplicer,
                                file: StaticString = #filePath, line: UInt = #line) -> ImportedUnit? {
        let parsed = try? JSONParser().parse(record)
        let reference = parsed.flatMap { try? UnitRecordReader(kind: kind).read($0) }
        guard let (unit, length) = (record + Array("]".utf8)).withUnsafeBytes({ splicer.splice($0) }) else {
            return nil
        }
        XCTAssertEqual(length, record.count, text(record), file: file, line: line)
        guard let reference else {
            XCTFail("spliced, but the reference path refuses: \(text(record))", file: file, line: line)
            return nil
        }
        assertEqual(unit, reference, text(record), file: file, line: line)
        return unit
    }

    private static func assertEqual(_ unit: ImportedUnit, _ reference: ImportedUnit, _ record: String,
                                    file: StaticString, line: UInt) {
        XCTAssertEqual(unit.text, reference.text, record, file: file, line: line)
        let fields: [(String?, String?)] = [
            (unit.organisasjonsnummer, reference.organisasjonsnummer), (unit.kind.rawValue, reference.kind.rawValue),
            (unit.status.rawValue, reference.status.rawValue), (unit.slettedato, reference.slettedato),
            (unit.navn, reference.navn), (unit.sortName, reference.sortName), (unit.form, reference.form),
            (unit.indexedName, reference.indexedName), (unit.columns.parent, reference.columns.parent),
            (unit.columns.registreringsdato, reference.columns.registreringsdato),
            (unit.columns.nedleggelsesdato, reference.columns.nedleggelsesdato),
        ]
        for (index, (value, expected)) in fields.enumerated() {
            XCTAssertEqual(value, expected, "field \(index) of \(record)", file: file, line: line)
        }
        XCTAssertEqual(unit.columns.antallAnsatte, reference.columns.antallAnsatte, record, file: file, line: line)
        XCTAssertEqual(unit.columns.flags, reference.columns.flags, record, file: file, line: line)
        XCTAssertEqual(unit.columns.industryCodes, reference.columns.industryCodes, record, file: file, line: line)
        XCTAssertEqual(unit.columns.municipalityCodes, reference.columns.municipalityCodes, record, file: file, line: line)
    }

    private static func text(_ record: [UInt8]) -> String { String(decoding: record, as: UTF8.self) }
}
