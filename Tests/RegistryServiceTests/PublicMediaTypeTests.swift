@testable import RegistryService
import XCTest

/// Content negotiation of the public API (`registry.md` §2).
final class PublicMediaTypeTests: XCTestCase {
    func test_negotiate_answersJSON_whenAcceptAbsentOrGeneric() {
        XCTAssertEqual(PublicMediaType.enhet.negotiate([]), "application/json;charset=UTF-8")
        XCTAssertEqual(PublicMediaType.enhet.negotiate([" "]), "application/json;charset=UTF-8")
        XCTAssertEqual(PublicMediaType.enhet.negotiate(["application/*;q=0.2"]), "application/json;charset=UTF-8")
        XCTAssertEqual(PublicMediaType.codeList.negotiate(["*/*"]), "application/json;charset=UTF-8")
    }

    func test_negotiate_comparesCaseInsensitively_andIgnoresParameters() {
        XCTAssertEqual(PublicMediaType.enhet.negotiate(["APPLICATION/JSON; charset=UTF-8"]), "application/json;charset=UTF-8")
        XCTAssertEqual(PublicMediaType.enhet.negotiate(["application/json, APPLICATION/VND.BRREG.ENHETSREGISTERET.ENHET.V2+JSON"]),
                       "application/vnd.brreg.enhetsregisteret.enhet.v2+json;charset=UTF-8")
        XCTAssertEqual(PublicMediaType.enhet.negotiate(["text/html", "*/*;q=0.1"]), "application/json;charset=UTF-8")
    }

    func test_negotiate_skipsVendorType_whenItsQualityIsZero() {
        XCTAssertEqual(PublicMediaType.enhet.negotiate(["application/vnd.brreg.enhetsregisteret.enhet.v2+json;q=0, application/json"]),
                       "application/json;charset=UTF-8")
    }

    func test_negotiate_answersVendorType_whenNamed() {
        XCTAssertEqual(PublicMediaType.underenhet.negotiate(["application/json", "application/vnd.brreg.enhetsregisteret.underenhet.v2+json"]),
                       "application/vnd.brreg.enhetsregisteret.underenhet.v2+json;charset=UTF-8")
        XCTAssertEqual(PublicMediaType.enhetDownload.negotiate(["application/vnd.brreg.enhetsregisteret.enhet.v2+gzip"]),
                       "application/vnd.brreg.enhetsregisteret.enhet.v2+gzip")
        XCTAssertEqual(PublicMediaType.rolleDownload.negotiate([]), "application/gzip")
        XCTAssertEqual(PublicMediaType.rolle.negotiate(["application/vnd.brreg.enhetsregisteret.rolle.v1+json"]),
                       "application/vnd.brreg.enhetsregisteret.rolle.v1+json;charset=UTF-8")
    }

    func test_negotiate_refuses_whenNoEntryIsAccepted() {
        XCTAssertNil(PublicMediaType.enhet.negotiate(["application/vnd.brreg.enhetsregisteret.enhet.v1+json"]))
        XCTAssertNil(PublicMediaType.enhet.negotiate(["application/json;q=0"]))
        XCTAssertNil(PublicMediaType.enhet.negotiate(["application/json;q=0.0, text/html"]))
        XCTAssertNil(PublicMediaType.rolle.negotiate(["application/*"]))
        XCTAssertNil(PublicMediaType.rolle.negotiate(["application/vnd.brreg.enhetsregisteret.enhet.v2+json"]))
        XCTAssertNil(PublicMediaType.enhet.negotiate(["application/vnd.brreg.enhetsregisteret.underenhet.v2+json"]))
        XCTAssertNil(PublicMediaType.enhet.negotiate(["application/xml"]))
        XCTAssertNil(PublicMediaType.enhetDownload.negotiate(["application/json"]))
        XCTAssertNil(PublicMediaType.codeList.negotiate(["application/vnd.brreg.enhetsregisteret.enhet.v2+json"]))
    }
}
