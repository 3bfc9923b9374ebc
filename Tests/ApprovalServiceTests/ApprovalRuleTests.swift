@testable import ApprovalService
import Domain
import XCTest

final class ApprovalRuleTests: XCTestCase {
    func test_missing_listsResourcesOnceInOrder_andPackagesByExactURN() {
        let held = PersonRights(isAccessManager: true, packages: ["urn:altinn:accesspackage:hovedadministrator"],
                                resources: ["ske-krav-og-betalinger"])
        let missing = ApprovalRule.missing(
            rights: [Right(resourceId: "a-melding"), Right(resourceId: "ske-krav-og-betalinger"), Right(resourceId: "a-melding")],
            packages: ["urn:altinn:accesspackage:tilgangsstyrer", "urn:altinn:accesspackage:hovedadministrator"], held: held)
        XCTAssertEqual(missing.rights, ["a-melding"])
        XCTAssertEqual(missing.packages, ["urn:altinn:accesspackage:tilgangsstyrer"])
    }

    func test_settings_defaultsAndRanges() throws {
        let defaults = try ApprovalSettings(environment: [:])
        XCTAssertEqual(defaults.pageSize, 50)
        XCTAssertEqual(defaults.reconcileSeconds, 5)
        XCTAssertFalse(defaults.demoLogin)
        XCTAssertTrue(try ApprovalSettings(environment: ["APPROVAL_DEMO_LOGIN": "1"]).demoLogin)
        XCTAssertFalse(try ApprovalSettings(environment: ["APPROVAL_DEMO_LOGIN": "true"]).demoLogin)
        for bad in [["APPROVAL_PAGE_SIZE": "0"], ["APPROVAL_PAGE_SIZE": "1001"], ["APPROVAL_RECONCILE_SECONDS": "x"],
                    ["APPROVAL_RECONCILE_SECONDS": "3601"]] {
            XCTAssertThrowsError(try ApprovalSettings(environment: bad), "\(bad)")
        }
    }

    func test_pageToken_roundTripsOnlyForItsSystem() {
        let token = VendorPageToken(systemId: "315602122_smartcloud", after: 7).encoded
        XCTAssertEqual(VendorPageToken(decoding: token, systemId: "315602122_smartcloud")?.after, 7)
        XCTAssertNil(VendorPageToken(decoding: token, systemId: "315602149_konkurrent"))
        XCTAssertNil(VendorPageToken(decoding: "%%", systemId: "315602122_smartcloud"))
    }
}
