import Domain
import XCTest

/// `catalogue.md` §3, with the clients of TUT (314250052) from `scenario.md` §8.2.
final class CatalogueClientRelationshipTests: XCTestCase {
    private static let prefix = "urn:altinn:accesspackage:"
    private let regnskapsforer = ["regnskapsforer-med-signeringsrettighet", "regnskapsforer-uten-signeringsrettighet",
                                  "regnskapsforer-lonn"]
    /// R3's packages.
    private let r3 = [prefix + "regnskapsforer-med-signeringsrettighet", prefix + "skattegrunnlag"]

    private func packages(_ codes: String...) -> [AccessPackage] { codes.compactMap(AccessPackageCatalogue.package(code:)) }

    private func client(_ roles: [String], _ form: String, grants: [AccessPackage] = []) -> ClientRelationship? {
        ClientRelationship(activeRoles: roles, clientForm: form, grantedPackages: grants)
    }

    func test_REGNAndGrant_giveRegnskapsforerPackagesAndSkattegrunnlag() throws {
        let kvikk = try XCTUnwrap(client(["REGN"], "AS", grants: packages("skattegrunnlag")))
        XCTAssertEqual(kvikk.packages.map(\.code), regnskapsforer + ["skattegrunnlag"])
        XCTAssertEqual(kvikk.relationships, [.role("REGN"), .grant])
        XCTAssertEqual(kvikk.missingPackages(ofURNs: r3), [], "qualifies for R3")
    }

    func test_REGNOnly_lacksSkattegrunnlag() throws {
        let modig = try XCTUnwrap(client(["REGN"], "AS"))
        XCTAssertEqual(modig.packages.map(\.code), regnskapsforer)
        XCTAssertFalse(modig.hasGrant)
        XCTAssertEqual(modig.missingPackages(ofURNs: r3), [Self.prefix + "skattegrunnlag"])
    }

    func test_REVI_givesRevisorPackages_andMissesBothOfR3() throws {
        let revisorkunde = try XCTUnwrap(client(["REVI", "MEDL"], "AS"))
        XCTAssertEqual(revisorkunde.packages.map(\.code), ["ansvarlig-revisor", "revisormedarbeider"])
        XCTAssertEqual(revisorkunde.roles, ["REVI"], "MEDL is no relationship")
        XCTAssertEqual(revisorkunde.missingPackages(ofURNs: r3), r3)
    }

    func test_FFORInESEKAndBRL_givesForretningsforerEiendom() throws {
        for form in ["ESEK", "BRL"] {
            let unit = try XCTUnwrap(client(["FFØR"], form))
            XCTAssertEqual(unit.packages.map(\.code), ["forretningsforer-eiendom"], form)
            XCTAssertEqual(unit.missingPackages(ofURNs: [Self.prefix + "forretningsforer-eiendom"]), [])
            XCTAssertEqual(unit.missingPackages(ofURNs: r3), r3)
        }
    }

    func test_FFORInAS_isAClientWithNoPackages() throws {
        let sval = try XCTUnwrap(client(["FFØR"], "AS"))
        XCTAssertEqual(sval.packages, [])
        XCTAssertEqual(sval.relationships, [.role("FFØR")])
        XCTAssertEqual(sval.missingPackages(ofURNs: [Self.prefix + "forretningsforer-eiendom"]),
                       [Self.prefix + "forretningsforer-eiendom"])
    }

    func test_deletedUnit_isNoClient_becauseItsRolesAreInactive() {
        let regnInDeletedUnit = RoleActivity(fratraadt: false, holder: .organisation(isActive: true), unitIsActive: false)
        let activeRoles = [("REGN", regnInDeletedUnit)].filter { $0.1.isActive }.map(\.0)
        XCTAssertNil(client(activeRoles, "AS"))
    }

    func test_noRelationshipRoleAndNoGrant_isNoClient() {
        XCTAssertNil(client([], "AS"))
        XCTAssertNil(client(["MEDL", "SIGN", "PROK"], "AS"))
    }

    func test_grantOfNonDelegablePackage_makesAClientWithNoPackages() throws {
        let granted = try XCTUnwrap(client([], "AS", grants: packages("tilgangsstyrer")))
        XCTAssertEqual(granted.packages, [])
        XCTAssertEqual(granted.relationships, [.grant])
        XCTAssertEqual(granted.grantedPackages.map(\.code), ["tilgangsstyrer"])
        XCTAssertEqual(granted.missingPackages(ofURNs: r3), r3)
    }

    func test_organisationHoldingDTPR_getsDelegableKeyPackagesOnly() throws {
        let board = try XCTUnwrap(client(["DTPR"], "AS"))
        let codes = board.packages.map(\.code)
        XCTAssertFalse(codes.contains("tilgangsstyrer"))
        XCTAssertFalse(codes.contains("hovedadministrator"))
        XCTAssertFalse(codes.contains("maskinporten-scopes"))
        XCTAssertTrue(codes.contains("skatt-naering"))
        XCTAssertTrue(board.packages.allSatisfy(\.isDelegable))
    }

    func test_missingPackages_treatsUnknownAndNonDelegableAsMissing_inGivenOrder() throws {
        let kvikk = try XCTUnwrap(client(["REGN"], "AS", grants: packages("skattegrunnlag")))
        let required = [Self.prefix + "ukjent", "regnskapsforer-lonn", Self.prefix + "regnskapsforer-lonn",
                        Self.prefix + "tilgangsstyrer"]
        XCTAssertEqual(kvikk.missingPackages(ofURNs: required),
                       [Self.prefix + "ukjent", "regnskapsforer-lonn", Self.prefix + "tilgangsstyrer"])
    }

    func test_source_isFirstRoleByCodeGivingThePackage_elseGrant() throws {
        let kvikk = try XCTUnwrap(client(["REGN", "DAGL"], "AS", grants: packages("skattegrunnlag", "toll")))
        XCTAssertEqual(kvikk.roles, ["DAGL", "REGN"], "ordered by role code")
        XCTAssertEqual(kvikk.source(of: packages("regnskapsforer-med-signeringsrettighet")[0]), .role("REGN"))
        XCTAssertEqual(kvikk.source(of: packages("skattegrunnlag")[0]), .role("DAGL"), "a role wins over a grant")
        XCTAssertNil(kvikk.source(of: packages("ansvarlig-revisor")[0]))
        let grantOnly = try XCTUnwrap(client(["REGN"], "AS", grants: packages("skattegrunnlag")))
        XCTAssertEqual(grantOnly.source(of: packages("skattegrunnlag")[0]), .grant)
    }

    func test_J21_forretningsforerAgent_qualifiesOnlyESEKAndBRL() throws {
        let ffor = [Self.prefix + "forretningsforer-eiendom"]
        let tut: [(String, [String], String, [AccessPackage])] = [
            ("315710340", ["REGN"], "AS", packages("skattegrunnlag")), ("315710359", ["REGN"], "AS", packages("skattegrunnlag")),
            ("315710367", ["REGN"], "AS", []), ("315710375", ["REVI"], "AS", []), ("315710383", ["FFØR"], "ESEK", []),
            ("315710391", ["FFØR"], "BRL", []), ("315710405", ["FFØR"], "AS", []),
        ]
        let qualifying = try tut.filter { entry in
            try XCTUnwrap(client(entry.1, entry.2, grants: entry.3)).missingPackages(ofURNs: ffor).isEmpty
        }.map(\.0)
        XCTAssertEqual(qualifying, ["315710383", "315710391"])
    }
}
