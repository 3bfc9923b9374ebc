import Domain
import JSON
import XCTest

final class CatalogueAccessPackageTests: XCTestCase {
    func test_catalogue_holds35Packages_inThreeGroups() {
        XCTAssertEqual(AccessPackageCatalogue.all.count, 35)
        XCTAssertEqual(AccessPackageCatalogue.packages(in: .client).count, 6)
        XCTAssertEqual(AccessPackageCatalogue.packages(in: .administration).count, 6)
        XCTAssertEqual(AccessPackageCatalogue.packages(in: .other).count, 23)
        XCTAssertEqual(Set(AccessPackageCatalogue.all.map(\.code)).count, 35, "codes are unique")
        XCTAssertEqual(AccessPackageCatalogue.all.map(\.position), Array(0..<35))
    }

    func test_groupFlags_followTheTables() {
        for package in AccessPackageCatalogue.packages(in: .client) {
            XCTAssertTrue(package.isDelegable && !package.isAssignable, package.code)
            XCTAssertNotNil(package.area, package.code)
        }
        for package in AccessPackageCatalogue.packages(in: .administration) {
            XCTAssertTrue(!package.isDelegable && package.isAssignable, package.code)
            XCTAssertNotNil(package.meaning, package.code)
        }
        let eksplisitt = AccessPackageCatalogue.package(code: "eksplisitt")
        XCTAssertEqual(eksplisitt?.isUsable, false)
        XCTAssertEqual(AccessPackageCatalogue.package(code: "maskinporten-scopes")?.isDelegable, false)
        XCTAssertEqual(AccessPackageCatalogue.package(code: "maskinporten-scopes")?.isAssignable, true)
    }

    func test_packageURN_findsPackage_whenFullURNGiven() throws {
        let package = try XCTUnwrap(AccessPackageCatalogue.package(urn: "urn:altinn:accesspackage:regnskapsforer-lonn"))
        XCTAssertEqual(package.code, "regnskapsforer-lonn")
        XCTAssertEqual(package.urn, "urn:altinn:accesspackage:regnskapsforer-lonn")
        XCTAssertEqual(package.name, PackageName(nb: "Regnskapsfører lønn", en: "Accountant salary"))
        XCTAssertEqual(package.group, .client)
    }

    func test_packageURN_isNil_whenBareCodeOrUnknownOrWrongCase() {
        XCTAssertNil(AccessPackageCatalogue.package(urn: "regnskapsforer-lonn"), "a bare code is unknown in bodies")
        XCTAssertNil(AccessPackageCatalogue.package(urn: "urn:altinn:accesspackage:ukjent"))
        XCTAssertNil(AccessPackageCatalogue.package(urn: "urn:altinn:accesspackage:"))
        XCTAssertNil(AccessPackageCatalogue.package(urn: "URN:ALTINN:ACCESSPACKAGE:toll"))
        XCTAssertNil(AccessPackageCatalogue.package(urn: "urn:altinn:accesspackage:Toll"))
        XCTAssertNil(AccessPackageCatalogue.package(urn: "urn:altinn:resource:toll"))
    }

    func test_packageCode_findsPackage_onlyForBareCode() {
        XCTAssertEqual(AccessPackageCatalogue.package(code: "toll")?.urn, "urn:altinn:accesspackage:toll")
        XCTAssertNil(AccessPackageCatalogue.package(code: "urn:altinn:accesspackage:toll"))
        XCTAssertNil(AccessPackageCatalogue.package(code: ""))
    }

    func test_packageParameter_acceptsURNOrBareCode() {
        XCTAssertEqual(AccessPackageCatalogue.package(parameter: "skattegrunnlag")?.code, "skattegrunnlag")
        XCTAssertEqual(AccessPackageCatalogue.package(parameter: "urn:altinn:accesspackage:skattegrunnlag")?.code,
                       "skattegrunnlag")
        XCTAssertNil(AccessPackageCatalogue.package(parameter: "urn:altinn:accesspackage:nope"))
        XCTAssertNil(AccessPackageCatalogue.package(parameter: "nope"))
    }

    func test_codeFromURN_stripsPrefix() {
        XCTAssertEqual(AccessPackageCatalogue.code(fromURN: "urn:altinn:accesspackage:lonn"), "lonn")
        XCTAssertNil(AccessPackageCatalogue.code(fromURN: "lonn"))
        XCTAssertNil(AccessPackageCatalogue.code(fromURN: "urn:altinn:accesspackage:"))
    }

    func test_write_rendersTheCatalogueObject_exactlyAsTheExample() throws {
        let package = try XCTUnwrap(AccessPackageCatalogue.package(code: "regnskapsforer-lonn"))
        var writer = JSONWriter()
        package.write(to: &writer)
        let expected = #"{"urn":"urn:altinn:accesspackage:regnskapsforer-lonn","code":"regnskapsforer-lonn","#
            + #""name":{"nb":"Regnskapsfører lønn","en":"Accountant salary"},"isDelegable":true,"isAssignable":false}"#
        XCTAssertEqual(String(decoding: writer.bytes, as: UTF8.self), expected)
        XCTAssertEqual(package.catalogueJSON.encoded(), writer.bytes)
    }

    func test_referenceJSON_isTheURNObject() throws {
        let package = try XCTUnwrap(AccessPackageCatalogue.package(code: "toll"))
        XCTAssertEqual(package.referenceJSON, ["urn": "urn:altinn:accesspackage:toll"])
    }

    func test_inCatalogueOrder_sortsAndRemovesRepeats() {
        let codes = ["toll", "regnskapsforer-lonn", "tilgangsstyrer", "toll"]
        let packages = codes.compactMap(AccessPackageCatalogue.package(code:))
        XCTAssertEqual(AccessPackageCatalogue.inCatalogueOrder(packages).map(\.code),
                       ["regnskapsforer-lonn", "tilgangsstyrer", "toll"])
    }
}
