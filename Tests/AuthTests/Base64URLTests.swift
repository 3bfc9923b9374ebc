import XCTest
@testable import Auth

final class Base64URLTests: XCTestCase {
    func test_encode_omitsPaddingAndUsesURLAlphabet() {
        XCTAssertEqual(Base64URL.encode([]), "")
        XCTAssertEqual(Base64URL.encode("f"), "Zg")
        XCTAssertEqual(Base64URL.encode("fo"), "Zm8")
        XCTAssertEqual(Base64URL.encode("foo"), "Zm9v")
        XCTAssertEqual(Base64URL.encode([0xFB, 0xFF, 0xBF]), "-_-_")
    }

    func test_decode_roundTripsEveryLength() {
        for length in 0..<40 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            XCTAssertEqual(Base64URL.decode(Base64URL.encode(bytes)), bytes, "length \(length)")
        }
    }

    func test_decode_returnsNil_whenInputHasPaddingOrForeignCharacters() {
        XCTAssertNil(Base64URL.decode("Zg=="))
        XCTAssertNil(Base64URL.decode("Zm+v"))
        XCTAssertNil(Base64URL.decode("Zm/v"))
        XCTAssertNil(Base64URL.decode("Zm 9v"))
        XCTAssertNil(Base64URL.decode("Zmø"))
    }

    func test_decode_returnsNil_whenLengthIsOneModFourOrTrailingBitsAreSet() {
        XCTAssertNil(Base64URL.decode("Z"))
        XCTAssertNil(Base64URL.decode("Zh"), "Zh carries non-zero bits past the last byte")
        XCTAssertNil(Base64URL.decode("Zm9"), "Zm9 carries non-zero bits past the last byte")
        XCTAssertEqual(Base64URL.decode("Zg"), Array("f".utf8))
    }
}
