import Domain
import XCTest

final class CatalogueErrorCodeTests: XCTestCase {
    func test_codes_areUnique_andLookedUpExactly() {
        XCTAssertEqual(Set(ErrorCatalogue.all.map(\.code)).count, ErrorCatalogue.all.count)
        XCTAssertEqual(ErrorCatalogue.entry("AUTH-00063")?.status, 400)
        XCTAssertNil(ErrorCatalogue.entry("auth-00063"))
        XCTAssertNil(ErrorCatalogue.entry("AUTH-00029"), "not in the table")
        XCTAssertNil(ErrorCatalogue.entry("AUTH.VLD-00010"))
    }

    func test_titles_keepThePlatformsSpelling() {
        XCTAssertEqual(ErrorCatalogue.entry("AUTH-00012")?.title, "An error occured when storing the Request.")
        XCTAssertEqual(ErrorCatalogue.entry("AUTH-00024")?.title, "you don't have rights to delete this systemuser")
        XCTAssertEqual(ErrorCatalogue.entry("AUTH-00080")?.title,
                       "Client does not have the accesspackages the agent system user requires")
        XCTAssertEqual(ErrorCatalogue.entry("AUTH.VLD-00003")?.title,
                       "One or more resources specified in rights were not found in Altinn's resource register.")
        XCTAssertEqual(ErrorCatalogue.entry("STD-00000")?.title, "One or more validation errors occurred.")
    }

    func test_statuses_followTheTables() {
        XCTAssertEqual(ErrorCatalogue.entry("AUTH-00013")?.status, 409)
        XCTAssertEqual(ErrorCatalogue.entry("AUTH-00023")?.status, 401)
        XCTAssertEqual(ErrorCatalogue.entry("AUTH-00105")?.status, 404)
        XCTAssertEqual(ErrorCatalogue.entry("STD-00503")?.statuses, [503, 504])
        XCTAssertEqual(ErrorCatalogue.entry("REG-00003")?.status, 409)
        XCTAssertEqual(ErrorCatalogue.entry("STD.VLD-00001")?.status, nil, "validation codes live inside STD-00000")
        XCTAssertEqual(ErrorCatalogue.entry("STD.VLD-00001")?.isValidation, true)
        XCTAssertEqual(ErrorCatalogue.entry("REG-00001")?.isValidation, false)
    }

    func test_reservedCodes_areFlagged_includingRanges() {
        XCTAssertEqual(ErrorCatalogue.entry("AUTH-00002")?.isReserved, true)
        XCTAssertEqual(ErrorCatalogue.entry("AUTH-00004")?.isReserved, false)
        XCTAssertEqual(ErrorCatalogue.entry("AUTH-00035")?.isReserved, true)
        for number in 37...40 { XCTAssertEqual(ErrorCatalogue.entry(String(format: "AUTH-%05d", number))?.status, 400) }
        for number in Array(46...57) + Array(60...62) + Array(67...78) {
            let entry = ErrorCatalogue.entry(String(format: "AUTH-%05d", number))
            XCTAssertEqual(entry?.isReserved, true, "\(number)")
            XCTAssertEqual(entry?.statuses, [], "\(number)")
        }
        XCTAssertFalse(ErrorCatalogue.codes(in: .contract).contains(where: \.isReserved))
    }

    func test_sharedNumber_hasBothTitles() throws {
        let agent = try XCTUnwrap(ErrorCatalogue.entry("AUTH.VLD-00014"))
        XCTAssertEqual(agent.title, "The agent query parameter is missing or invalid")
        XCTAssertEqual(agent.alternativeTitles, ["System user not found"])
    }

    func test_type_isTheErrorURN() {
        XCTAssertEqual(ErrorCatalogue.entry("AUTH-00101")?.type, "urn:altinn:error:AUTH-00101")
    }

    func test_sections_holdTheirCodes() {
        XCTAssertEqual(ErrorCatalogue.codes(in: .contract).map(\.code),
                       (100...107).map { String(format: "AUTH-%05d", $0) })
        XCTAssertEqual(ErrorCatalogue.codes(in: .transport).count, 14)
        XCTAssertTrue(ErrorCatalogue.codes(in: .platform).allSatisfy { $0.code.hasPrefix("AUTH-000") })
    }
}
