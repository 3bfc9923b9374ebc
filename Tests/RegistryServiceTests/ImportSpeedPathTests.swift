@testable import RegistryService
import Foundation
import HTTPServer
import JSON
import XCTest

/// The import's faster paths must read exactly what the old ones read: the one-pass member index
/// (`UnitBodyMembers`) against `JSONValue`'s first-match subscript, and the staging file's session record,
/// which decides whether the finish runs `quick_check`.
final class ImportSpeedPathTests: XCTestCase {
    func test_bodyMembers_giveTheFirstValueOfEveryName_likeTheSubscript() {
        let body: JSONValue = .object([
            ("navn", "A"), ("konkurs", true), ("navn", "B"), ("ukjent", 1), ("telefon", .null),
            ("organisasjonsform", ["kode": "AS"]), ("konkurs", false), ("fjernet", "x"), ("slettedato", "2020-01-01"),
        ])
        for kind in [OrganisationForm.UnitKind.enhet, .underenhet] {
            let members = UnitBodyMembers(body, kind: kind)
            for (index, field) in UnitField.optionalFields(kind).enumerated() {
                XCTAssertEqual(members[field: index], body[field.name], field.name)
                XCTAssertEqual(members[field.name], body[field.name], field.name)
            }
            for name in UnitBodyMembers.fixedNames { XCTAssertEqual(members[name], body[name], name) }
        }
        XCTAssertEqual(UnitBodyMembers(body, kind: .enhet)["navn"], "A")
        XCTAssertNil(UnitBodyMembers(.array([body]), kind: .enhet)["navn"])
    }

    func test_bodyReader_givesTheSameDocumentAndFailures_throughTheMemberIndex() throws {
        let reader = UnitBodyReader(kind: .enhet, organisasjonsnummer: "314250052") { _ in nil }
        let good: JSONValue = .object([
            ("organisasjonsnummer", "314250052"), ("navn", "Første \"AS\""), ("organisasjonsform", "AS"),
            ("maalform", "Nynorsk"), ("antallAnsatte", 3), ("harRegistrertAntallAnsatte", true),
            ("naeringskode1", ["kode": "10.710", "beskrivelse": "x"]), ("navn", "ignored"),
        ])
        let document = try reader.read(good)
        XCTAssertEqual(String(decoding: document.bytes, as: UTF8.self),
                       #"{"organisasjonsnummer":"314250052","navn":"Første \"AS\"","organisasjonsform":{"kode":"AS","#
                       + #""beskrivelse":"Aksjeselskap"},"harRegistrertAntallAnsatte":true,"naeringskode1":{"kode":"#
                       + #""10.710","beskrivelse":"x"},"antallAnsatte":3,"maalform":"Nynorsk"}"#)
        let bad: JSONValue = .object([("navn", 5), ("organisasjonsform", "XX"), ("konkurs", "ja"),
                                      ("organisasjonsnummer", "999999999")])
        XCTAssertThrowsError(try reader.read(bad)) { error in
            let detail = (error as? ProblemDetails)?.detail ?? "\(error)"
            // Every failure, in the reader's order: number, name, form, then the optional fields.
            XCTAssertEqual(detail, "/organisasjonsnummer must equal the number in the path. /navn must be a string. "
                           + "'XX' is not an organisasjonsform allowed here. /konkurs must be a boolean.")
        }
    }

    func test_staging_skipsQuickCheck_inTheSameBoot_andChecksAfterARestartUntilFinished() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("imp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("r.sqlite.import").path
        let staging = try ImportStaging.open(path: path, inputs: [:], resume: false)
        XCTAssertFalse(try staging.needsVerification())
        try staging.resumeSession(bootID: ImportBootIdentity.current())
        XCTAssertFalse(try staging.needsVerification(), "same boot")
        try staging.resumeSession(bootID: "another-boot")
        XCTAssertTrue(try staging.needsVerification(), "after a restart")
        try staging.resumeSession(bootID: ImportBootIdentity.current())
        XCTAssertTrue(try staging.needsVerification(), "the mark stays until the finish")
        try staging.connection.execute("DROP TABLE import_session")
        XCTAssertTrue(try staging.needsVerification(), "a staging file of an older build")
        try staging.recordSession(bootID: nil)
        XCTAssertTrue(try staging.needsVerification(), "no boot id")
    }

    func test_bootIdentity_isReadFromTheKernel_orNilWhenMissing() {
        XCTAssertNil(ImportBootIdentity.current(path: "/nonexistent/boot_id"))
        if FileManager.default.fileExists(atPath: "/proc/sys/kernel/random/boot_id") {
            XCTAssertEqual(ImportBootIdentity.current()?.count, 36)
        }
    }
}
