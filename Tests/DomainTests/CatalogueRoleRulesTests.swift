import Domain
import XCTest

/// `catalogue.md` §2: each "worked consequence" is one test, then the rows with exceptions.
final class CatalogueRoleRulesTests: XCTestCase {
    private let forms = ["AS", "ASA", "ENK", "ANS", "NUF", "ESEK", "BRL", "BBL", "STI", "FLI", ""]
    private let regnskapsforer = ["regnskapsforer-med-signeringsrettighet", "regnskapsforer-uten-signeringsrettighet",
                                  "regnskapsforer-lonn"]
    private let nufRows = ["ffor-tilgangsstyrer-nuf", "skatt-naering", "skattegrunnlag", "merverdiavgift",
                           "krav-og-utlegg", "saeravgifter", "a-ordning", "lonn-personopplysninger-saerlig-kategori",
                           "oppgi-naermeste-leder", "tjenester-nuf"]

    private func codes(_ role: String, _ form: String) -> [String] {
        ERRoleRules.packages(role: role, unitForm: form).map(\.code)
    }

    func test_REGN_givesTheThreeRegnskapsforerPackages_forAnyForm() {
        for form in forms { XCTAssertEqual(codes("REGN", form), regnskapsforer, form) }
    }

    func test_REVI_givesTheTwoRevisorPackages_forAnyForm() {
        for form in forms { XCTAssertEqual(codes("REVI", form), ["ansvarlig-revisor", "revisormedarbeider"], form) }
    }

    func test_FFOR_givesForretningsforerEiendom_inESEKAndBRL_andNothingInAS() {
        XCTAssertEqual(codes("FFØR", "ESEK"), ["forretningsforer-eiendom"])
        XCTAssertEqual(codes("FFØR", "BRL"), ["forretningsforer-eiendom"])
        XCTAssertEqual(codes("FFØR", "AS"), [])
        XCTAssertEqual(codes("FFØR", "BBL"), [], "not BBL")
        XCTAssertEqual(codes("FFØR", "esek"), [], "forms are compared exactly")
    }

    func test_FFOR_inNUF_givesTheNUFRows_butNotForretningsforerEiendom() {
        XCTAssertEqual(codes("FFØR", "NUF"), nufRows)
        XCTAssertFalse(codes("FFØR", "NUF").contains("forretningsforer-eiendom"))
    }

    func test_DAGL_givesEveryKEYRowPackage_andMakesAccessManagerAndClientAdministrator() {
        let keyRows = ["hovedadministrator", "tilgangsstyrer", "klientadministrator", "maskinporten-administrator",
                       "maskinporten-scopes", "skatt-naering", "skattegrunnlag", "merverdiavgift", "krav-og-utlegg",
                       "kreditt-og-oppgjoer", "toll", "saeravgifter", "regnskap-okonomi-rapport", "revisorattesterer",
                       "a-ordning", "lonn", "lonn-personopplysninger-saerlig-kategori", "sykefravaer",
                       "ansettelsesforhold", "oppgi-naermeste-leder", "ordinaer-post-til-virksomheten",
                       "starte-drive-endre-avvikle-virksomhet", "aksjer-og-eierforhold", "jordbruk"]
        XCTAssertEqual(codes("DAGL", "AS"), keyRows, "catalogue order")
        let held = HeldPackages(ERRoleRules.packages(role: "DAGL", unitForm: "AS"))
        XCTAssertTrue(held.isAccessManager)
        XCTAssertTrue(held.isClientAdministrator)
        XCTAssertTrue(held.isMainAdministrator)
    }

    func test_rolesNotNamed_giveNoPackages() {
        for role in ["MEDL", "NEST", "VARA", "OBS", "KONT", "SIGN", "PROK", "STFT", "REPR ", "dagl", ""] {
            XCTAssertEqual(codes(role, "AS"), [], role)
            XCTAssertFalse(ERRoleRules.isRelationshipRole(role), role)
        }
    }

    // MARK: the rows with exceptions

    func test_lonnPersonopplysninger_isGivenByKeyRolesExceptINNH() {
        let code = "lonn-personopplysninger-saerlig-kategori"
        for role in ["DAGL", "LEDE", "DTSO", "DTPR", "KOMP", "BEST", "BOBE", "KNUF", "REPR"] {
            XCTAssertTrue(codes(role, "AS").contains(code), role)
        }
        XCTAssertFalse(codes("INNH", "ENK").contains(code))
        XCTAssertTrue(codes("INNH", "ENK").contains("lonn"), "INNH is still a KEY role")
    }

    func test_starteDriveEndreAvvikle_isGivenByKeyRolesExceptBOBE() {
        let code = "starte-drive-endre-avvikle-virksomhet"
        for role in ["DAGL", "LEDE", "INNH", "DTSO", "DTPR", "KOMP", "BEST"] { XCTAssertTrue(codes(role, "AS").contains(code)) }
        XCTAssertFalse(codes("BOBE", "AS").contains(code))
        XCTAssertFalse(codes("KNUF", "NUF").contains(code))
    }

    func test_hovedadministrator_isNotGivenByKOMPOrBEST_butKlientadministratorIs() {
        for role in ["KOMP", "BEST"] {
            let held = HeldPackages(ERRoleRules.packages(role: role, unitForm: "AS"))
            XCTAssertFalse(held.isMainAdministrator, role)
            XCTAssertTrue(held.isClientAdministrator, role)
            XCTAssertTrue(held.isAccessManager, role)
        }
    }

    func test_KNUFAndREPR_giveTheirRows_regardlessOfForm() {
        XCTAssertEqual(codes("KNUF", "NUF"),
                       ["tilgangsstyrer", "maskinporten-administrator", "skatt-naering", "skattegrunnlag", "merverdiavgift",
                        "krav-og-utlegg", "saeravgifter", "a-ordning", "lonn-personopplysninger-saerlig-kategori",
                        "oppgi-naermeste-leder", "tjenester-nuf"])
        XCTAssertEqual(codes("REPR", "AS"),
                       ["tilgangsstyrer", "skatt-naering", "skattegrunnlag", "merverdiavgift", "krav-og-utlegg",
                        "saeravgifter", "a-ordning", "lonn-personopplysninger-saerlig-kategori", "oppgi-naermeste-leder",
                        "tjenester-nuf"])
        XCTAssertFalse(HeldPackages(ERRoleRules.packages(role: "KNUF", unitForm: "NUF")).isClientAdministrator)
    }

    func test_grantOnlyPackages_comeFromNoRole() throws {
        for code in ["konkursbo-tilgangsstyrer", "post-til-virksomheten-med-taushetsbelagt-innhold", "eksplisitt"] {
            let package = try XCTUnwrap(AccessPackageCatalogue.package(code: code))
            for role in ERRoleRules.relationshipRoles {
                for form in forms { XCTAssertFalse(ERRoleRules.gives(package, role: role, unitForm: form), code) }
            }
        }
    }

    func test_relationshipRoles_areKEYPlusKNUFREPRREGNREVIFFOR() {
        XCTAssertEqual(ERRoleRules.relationshipRoles,
                       Set(ERRoleRules.keyRoles + ["KNUF", "REPR", "REGN", "REVI", "FFØR"]))
    }

    func test_packagesForSeveralRoles_isTheUnionInCatalogueOrder() {
        let union = ERRoleRules.packages(roles: ["REVI", "REGN", "REGN"], unitForm: "AS").map(\.code)
        XCTAssertEqual(union, regnskapsforer + ["ansvarlig-revisor", "revisormedarbeider"])
    }

    // MARK: activity

    func test_roleActivity_isActive_whenEveryConditionHolds() {
        XCTAssertTrue(RoleActivity(fratraadt: false, holder: .person(isDead: false), unitIsActive: true).isActive)
        XCTAssertTrue(RoleActivity(fratraadt: false, avregistrert: false, holder: .organisation(isActive: true),
                                   unitIsActive: true).isActive)
    }

    func test_roleActivity_givesFirstReason_inRegistryOrder() {
        let cases: [(RoleActivity, RoleInactiveReason)] = [
            (RoleActivity(fratraadt: true, avregistrert: true, holder: .person(isDead: true), unitIsActive: false), .fratraadt),
            (RoleActivity(fratraadt: false, avregistrert: true, holder: .person(isDead: true), unitIsActive: false),
             .avregistrert),
            (RoleActivity(fratraadt: false, holder: .person(isDead: true), unitIsActive: false), .doed),
            (RoleActivity(fratraadt: false, holder: .organisation(isActive: false), unitIsActive: false), .holderDeleted),
            (RoleActivity(fratraadt: false, holder: .person(isDead: false), unitIsActive: false), .unitDeleted),
        ]
        for (activity, reason) in cases {
            XCTAssertEqual(activity.inactiveReason, reason)
            XCTAssertFalse(activity.isActive)
        }
        XCTAssertEqual(RoleInactiveReason.holderDeleted.rawValue, "holder-deleted")
        XCTAssertEqual(RoleInactiveReason.unitDeleted.rawValue, "unit-deleted")
    }
}
