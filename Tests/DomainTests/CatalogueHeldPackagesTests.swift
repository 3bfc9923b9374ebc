import Domain
import XCTest

/// The derived terms of `catalogue.md` §1.2 and the resources of §4, checked against `scenario.md` §8.1.
final class CatalogueHeldPackagesTests: XCTestCase {
    private func held(_ codes: String...) -> HeldPackages {
        HeldPackages(codes.compactMap(AccessPackageCatalogue.package(code:)))
    }

    func test_tilgangsstyrerAndKravOgUtlegg_makeAccessManagerOnly_withTwoResources() {
        let sindigBlyant = held("krav-og-utlegg", "tilgangsstyrer")
        XCTAssertTrue(sindigBlyant.isAccessManager)
        XCTAssertFalse(sindigBlyant.isClientAdministrator)
        XCTAssertFalse(sindigBlyant.isMainAdministrator)
        XCTAssertEqual(sindigBlyant.packages.map(\.code), ["tilgangsstyrer", "krav-og-utlegg"], "catalogue order")
        XCTAssertEqual(sindigBlyant.resources.map(\.resource.id), ["ske-krav-og-betalinger", "altinn_access_management"])
        XCTAssertEqual(sindigBlyant.resources.map { $0.viaPackages.map(\.code) }, [["krav-og-utlegg"], ["tilgangsstyrer"]])
    }

    func test_klientadministratorAlone_makesClientAdministratorButNotAccessManager() {
        let grundigTeller = held("klientadministrator")
        XCTAssertFalse(grundigTeller.isAccessManager)
        XCTAssertTrue(grundigTeller.isClientAdministrator)
        XCTAssertFalse(grundigTeller.isMainAdministrator)
    }

    func test_skattNaering_holdsTwoResources() throws {
        let praktikant = held("skatt-naering")
        XCTAssertFalse(praktikant.isAccessManager || praktikant.isClientAdministrator)
        XCTAssertEqual(praktikant.resources.map(\.resource.id), ["ske-skattemelding-naering", "ske-boligselskap-oppgave"])
        XCTAssertTrue(praktikant.holds(try XCTUnwrap(ResourceCatalogue.resource(id: "ske-boligselskap-oppgave"))))
        XCTAssertFalse(praktikant.holds(try XCTUnwrap(ResourceCatalogue.resource(id: "a-melding"))))
    }

    func test_viaPackages_followTheGrantedByColumnOrder() {
        let both = held("hovedadministrator", "klientadministrator")
        let clientAdministration = both.resources.first { $0.resource.id == "altinn_client_administration" }
        XCTAssertEqual(clientAdministration?.viaPackages.map(\.code), ["klientadministrator", "hovedadministrator"])
    }

    func test_nothingHeld_givesNoFlagsAndNoResources() {
        let nothing = HeldPackages([])
        XCTAssertTrue(nothing.isEmpty)
        XCTAssertFalse(nothing.isAccessManager || nothing.isClientAdministrator || nothing.isMainAdministrator)
        XCTAssertEqual(nothing.resources, [])
    }

    func test_requiredAnyOfCodes_areInTheContractsOrder() {
        XCTAssertEqual(HeldPackages.clientAdministratorPackageCodes, ["klientadministrator", "hovedadministrator"])
        XCTAssertEqual(HeldPackages.accessManagerPackageCodes, ["tilgangsstyrer", "hovedadministrator"])
    }
}
