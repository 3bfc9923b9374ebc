import Domain
import Foundation
import XCTest

final class PartyReferenceUUIDTests: XCTestCase {
    func test_parseUUID_equalsFoundation_forRandomUUIDsInEitherCase() {
        for _ in 0..<200 {
            let uuid = UUID()
            XCTAssertEqual(PartyReference.parseUUID(uuid.uuidString), uuid)
            XCTAssertEqual(PartyReference.parseUUID(uuid.uuidString.lowercased()), uuid)
        }
        XCTAssertEqual(PartyReference.parseUUID("7e57b3a1-0000-4000-8000-00000000BE01"),
                       UUID(uuidString: "7e57b3a1-0000-4000-8000-00000000be01"))
    }

    func test_parseUUID_refusesWrongLengthHyphensOrDigits() {
        for text in ["", "7e57b3a1-0000-4000-8000-00000000be0", "7e57b3a1-0000-4000-8000-00000000be011",
                     "7e57b3a10000-4000-8000-00000000be01-", "7e57b3a1-0000-4000-8000_00000000be01",
                     "7e57b3g1-0000-4000-8000-00000000be01", "{7e57b3a1-0000-4000-8000-00000000be01}",
                     "7e57b3a1-0000-4000-8000-00000000bé1"] {
            XCTAssertNil(PartyReference.parseUUID(text), text)
        }
    }
}
