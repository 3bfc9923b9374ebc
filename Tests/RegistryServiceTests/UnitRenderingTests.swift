@testable import RegistryService
import JSON
import XCTest

/// Rendering stored documents by splicing bytes (`registry.md` §4, §5.6).
final class UnitRenderingTests: XCTestCase {
    private func document(_ navn: String) -> UnitDocument {
        UnitDocument(kind: .enhet, organisasjonsnummer: "310202398", navn: navn, form: OrganisationForm.byCode["AS"]!,
                     optionalMembers: [("overordnetEnhet", "314250052"), ("maalform", "Bokmål")])
    }

    func test_scanner_findsMember_notConfusedByEscapedNames() {
        let bytes = Array(#"{"navn":"A \"organisasjonsform\":{} }","organisasjonsform":{"kode":"AS"},"x":[1,{"y":"}"}]}"#.utf8)
        let range = JSONMemberScanner.valueRange(of: "organisasjonsform", in: bytes)
        XCTAssertEqual(range.map { String(decoding: bytes[$0], as: UTF8.self) }, #"{"kode":"AS"}"#)
        XCTAssertNil(JSONMemberScanner.valueRange(of: "missing", in: bytes))
        XCTAssertNil(JSONMemberScanner.valueRange(of: "x", in: Array("{broken".utf8)))
    }

    func test_full_addsLinks_andStaysValidJSON_forAwkwardNames() throws {
        let rendering = UnitRendering(publicURL: "http://h:1")
        let row = UnitRow(document: document(#"QUOTE "}" \ AS"#), status: .active, slettedato: nil)
        let body = try JSONValue.parse(rendering.full(row))
        XCTAssertEqual(body["navn"], #"QUOTE "}" \ AS"#)
        XCTAssertEqual(body["organisasjonsform"]?["_links"]?["self"]?["href"], "http://h:1/enhetsregisteret/api/organisasjonsformer/AS")
        XCTAssertEqual(body["_links"], ["self": ["href": "http://h:1/enhetsregisteret/api/enheter/310202398"],
                                        "overordnetEnhet": ["href": "http://h:1/enhetsregisteret/api/enheter/314250052"]])
        XCTAssertEqual(body.objectValue?.map(\.0), ["organisasjonsnummer", "navn", "organisasjonsform", "overordnetEnhet",
                                                   "maalform", "_links"])
    }

    func test_full_addsParentLink_forUnderenhet() throws {
        let document = UnitDocument(kind: .underenhet, organisasjonsnummer: "311312294", navn: #"A "}{" B"#,
                                    form: OrganisationForm.byCode["BEDR"]!, optionalMembers: [("overordnetEnhet", "310202398")])
        let body = try JSONValue.parse(UnitRendering(publicURL: "http://h:1").full(
            UnitRow(document: document, status: .active, slettedato: nil)))
        XCTAssertEqual(body["navn"], #"A "}{" B"#)
        XCTAssertEqual(body["organisasjonsform"]?["_links"]?["self"]?["href"], "http://h:1/enhetsregisteret/api/organisasjonsformer/BEDR")
        XCTAssertEqual(body["_links"], ["self": ["href": "http://h:1/enhetsregisteret/api/underenheter/311312294"],
                                        "overordnetEnhet": ["href": "http://h:1/enhetsregisteret/api/enheter/310202398"]])
        XCTAssertEqual(body.objectValue?.last?.0, "_links")
    }

    func test_state_addsStatusAndSlettedato() throws {
        let row = UnitRow(document: document("X"), status: .removed, slettedato: "2025-01-31")
        let state = try JSONValue.parse(UnitRendering.state(row))
        XCTAssertEqual(state["status"], "removed")
        XCTAssertEqual(state["slettedato"], "2025-01-31")
        XCTAssertNil(state["_links"])
    }

    func test_pathSegment_percentEncodesUTF8() {
        XCTAssertEqual(UnitHref.pathSegment("FFØR"), "FF%C3%98R")
        XCTAssertEqual(UnitHref.pathSegment("AS"), "AS")
    }

    func test_renderingCache_keepsOnlyTheRenderingOfTheBoundURL() {
        let cache = UnitRenderingCache()
        XCTAssertEqual(cache.rendering(finalPublicURL: nil, else: "http://unbound:0").href.api,
                       "http://unbound:0/enhetsregisteret/api")
        XCTAssertEqual(cache.rendering(finalPublicURL: "http://h:1", else: "x").href.api, "http://h:1/enhetsregisteret/api",
                       "the rendering from before the bind was not kept")
        XCTAssertEqual(cache.rendering(finalPublicURL: "http://h:1", else: "x").href.api, "http://h:1/enhetsregisteret/api")
    }
}
