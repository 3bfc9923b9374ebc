@testable import RegistryService
import JSON
import XCTest

/// The import computes its rows on the reading thread with its own one-pass code: the columns, search
/// text and role positions must equal what `UnitDocument`, `SearchName` and `RoleStore` give.
final class ImportColumnTests: XCTestCase {
    func test_nameWords_equalSearchNameIndexedText_forAwkwardNames() {
        let names = ["Ødslig lysegrønn løve AS", "  A-B.C,D&E/F(G)H  ", "straße\u{00A0}nord\tøst", "ÆØÅ æøå",
                     "---", "x", "Hei\u{2003}du (norge) as", "ﬁne ŉ ǅ", "TAB\u{0B}VT"]
        for name in names {
            for kind in [OrganisationForm.UnitKind.enhet, .underenhet] {
                XCTAssertEqual(ImportNameWords.indexedText(upperCased: name.uppercased(), kind: kind),
                               SearchName.indexedText(name, kind: kind), name)
            }
        }
    }

    func test_unitColumns_equalTheDocumentsAccessors_forAnUnderenhetAndAnEnhet() throws {
        let address: (String) -> JSONValue = { ["kommunenummer": .string($0), "land": "Norge"] }
        let underenhet: JSONValue = [
            "organisasjonsnummer": "310202398", "navn": "B", "organisasjonsform": "BEDR",
            "overordnetEnhet": "314250052", "beliggenhetsadresse": address("0301"), "postadresse": address("0301"),
            "naeringskode1": ["kode": "10.710"], "naeringskode3": ["kode": "86.230"],
            "nedleggelsesdato": "2024-02-02", "registrertIMvaregisteret": true,
            "harRegistrertAntallAnsatte": true, "antallAnsatte": 12,
        ]
        let enhet: JSONValue = [
            "organisasjonsnummer": "314250052", "navn": "A", "organisasjonsform": "AS",
            "forretningsadresse": address("4202"), "postadresse": address("0301"),
            "registreringsdatoEnhetsregisteret": "2005-01-08", "konkurs": true, "underAvvikling": false,
            "registrertIForetaksregisteret": true, "naeringskode2": ["kode": "86.230"],
        ]
        for (kind, record) in [(OrganisationForm.UnitKind.underenhet, underenhet), (.enhet, enhet)] {
            let document = try UnitBodyReader(kind: kind, organisasjonsnummer: try XCTUnwrap(record["organisasjonsnummer"]?.stringValue)) { _ in
                OrganisationForm.enheter.first.map {
                    UnitRow(document: UnitDocument(kind: .enhet, organisasjonsnummer: "314250052", navn: "A", form: $0,
                                                   optionalMembers: []), status: .active, slettedato: nil)
                }
            }.read(record)
            let columns = UnitColumns(document)
            XCTAssertEqual(columns.parent, document.parent)
            XCTAssertEqual(columns.registreringsdato, document.registreringsdato)
            XCTAssertEqual(columns.nedleggelsesdato, document.nedleggelsesdato)
            XCTAssertEqual(columns.antallAnsatte, document.antallAnsatte)
            XCTAssertEqual(columns.flags, UnitFlag.allCases.map { document.flag($0.field) })
            XCTAssertEqual(columns.industryCodes, document.industryCodes)
            XCTAssertEqual(columns.municipalityCodes, document.municipalityCodes)
            XCTAssertFalse(columns.municipalityCodes.isEmpty)
        }
    }

    func test_importedRoles_numberEachGroupFromZero_likeRoleStore() {
        let person = RoleHolder.person(PersonHolder(fodselsnummer: nil, fodselsdato: nil, fornavn: "A", mellomnavn: nil,
                                                    etternavn: "B", erDoed: false))
        let records = ["DAGL", "LEDE", "MEDL", "MEDL", "REGN"].map {
            RoleRecord(type: $0, holder: person, fratraadt: false, avregistrert: false, extra: nil)
        }
        let roles = ImportedRoles(organisasjonsnummer: "310202398", records: records, dates: ["STYR": "x", "DAGL": "y"],
                                  missingHolders: [])
        XCTAssertEqual(roles.rekkefolge, records.indices.map { RoleStore.rekkefolge(of: $0, in: records) })
        XCTAssertEqual(roles.groups, records.map(\.group))
        XCTAssertEqual(roles.sortedDates.map(\.group), ["DAGL", "STYR"])
    }
}
