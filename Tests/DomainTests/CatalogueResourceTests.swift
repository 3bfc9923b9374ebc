import Domain
import JSON
import XCTest

final class CatalogueResourceTests: XCTestCase {
    func test_catalogue_holds14Resources_withKnownFacts() throws {
        XCTAssertEqual(ResourceCatalogue.all.count, 14)
        let krav = try XCTUnwrap(ResourceCatalogue.resource(id: "ske-krav-og-betalinger"))
        XCTAssertEqual(krav.name, "Krav og betalinger")
        XCTAssertEqual(krav.owner, "Skatteetaten")
        XCTAssertEqual(krav.type, .genericAccessResource)
        XCTAssertTrue(krav.isDelegable)
        XCTAssertEqual(krav.grantingPackages.map(\.code),
                       ["krav-og-utlegg", "regnskapsforer-med-signeringsrettighet",
                        "regnskapsforer-uten-signeringsrettighet", "ansvarlig-revisor", "forretningsforer-eiendom"])
        let schema = try XCTUnwrap(ResourceCatalogue.resource(id: "ttd-maskinporten-schema"))
        XCTAssertFalse(schema.isDelegable)
        XCTAssertEqual(schema.type, .maskinportenSchema)
        XCTAssertTrue(schema.grantingPackages.isEmpty)
    }

    func test_everyGrantingPackageCode_isInThePackageCatalogue() {
        for resource in ResourceCatalogue.all {
            XCTAssertEqual(resource.grantingPackages.count, resource.grantedByPackageCodes.count, resource.id)
        }
    }

    func test_resourceLookup_isExact_andReferenceStripsPrefix() {
        XCTAssertNil(ResourceCatalogue.resource(id: "SKE-KRAV-OG-BETALINGER"))
        XCTAssertNil(ResourceCatalogue.resource(id: "urn:altinn:resource:a-melding"))
        XCTAssertEqual(ResourceCatalogue.resource(reference: "urn:altinn:resource:a-melding")?.id, "a-melding")
        XCTAssertEqual(ResourceCatalogue.resource(reference: "a-melding")?.id, "a-melding")
        XCTAssertNil(ResourceCatalogue.resource(reference: "urn:altinn:resource:"))
    }

    func test_resourcesGrantedBy_listsInTableOrder() throws {
        let revisor = try XCTUnwrap(AccessPackageCatalogue.package(code: "ansvarlig-revisor"))
        XCTAssertEqual(ResourceCatalogue.resources(grantedBy: revisor).map(\.id),
                       ["ske-krav-og-betalinger", "ske-skattemelding-naering", "ske-revisorattestasjon",
                        "brg-aarsregnskap"])
    }

    // MARK: Right

    private let krav = AttributePair.resource("ske-krav-og-betalinger")
    private let mva = AttributePair.resource("ske-mva-melding")

    func test_rightEquality_isSetOfPairs_ignoringOrderRepeatsAndAction() {
        XCTAssertEqual(Right(resource: [krav, mva]), Right(resource: [mva, krav, mva], action: "read"))
        XCTAssertNotEqual(Right(resource: [krav]), Right(resource: [krav, mva]))
        XCTAssertEqual(Set([Right(resource: [krav, mva]), Right(resource: [mva, krav])]).count, 1)
    }

    func test_rightIsDuplicate_comparesActionToo() {
        XCTAssertTrue(Right(resource: [krav]).isDuplicate(of: Right(resource: [krav])))
        XCTAssertFalse(Right(resource: [krav], action: "read").isDuplicate(of: Right(resource: [krav])))
        let rights = [Right(resource: [krav]), Right(resource: [krav], action: "write"), Right(resource: [krav])]
        XCTAssertEqual(Right.duplicates(in: rights).count, 1)
        XCTAssertEqual(Right.collapsingDuplicates(rights), [Right(resource: [krav])])
        XCTAssertEqual(Right.collapsingDuplicates(rights).first?.action, nil, "the first is kept")
    }

    func test_notFoundValues_listsValuesOfUnmatchedRights_inOrderWithoutRepeats() {
        let offered = [Right(resourceId: "ske-krav-og-betalinger"), Right(resourceId: "a-melding")]
        let requested = [Right(resourceId: "a-melding", action: "read"), Right(resource: [mva, krav]),
                         Right(resourceId: "ske-mva-melding")]
        XCTAssertEqual(Right.notFoundValues(requested: requested, offered: offered),
                       ["ske-mva-melding", "ske-krav-og-betalinger"])
        XCTAssertEqual(Right.notFoundValues(requested: offered, offered: offered), [])
    }

    func test_parse_readsRight_withAction() throws {
        let json: JSONValue = ["resource": [["id": "urn:altinn:resource", "value": "a-melding"]], "action": "read"]
        let right = try Right.parse(json, path: "/rights/0").get()
        XCTAssertEqual(right.resource, [.resource("a-melding")])
        XCTAssertEqual(right.action, "read")
        XCTAssertEqual(right.json, json)
        XCTAssertEqual(Right(resourceId: "a-melding").json.encoded(),
                       Array(#"{"resource":[{"id":"urn:altinn:resource","value":"a-melding"}]}"#.utf8))
    }

    func test_parse_collectsEveryShapeProblem_withPointers() {
        let json: JSONValue = ["resource": [["id": 5], "x", ["value": "v"]], "action": true]
        guard case .failure(let failure) = Right.parse(json, path: "/rights/2") else { return XCTFail("accepted") }
        XCTAssertEqual(failure.problems.map(\.path),
                       ["/rights/2/resource/0/id", "/rights/2/resource/0/value", "/rights/2/resource/1",
                        "/rights/2/resource/2/id", "/rights/2/action"])
        XCTAssertEqual(failure.problems.map(\.code),
                       ["STD.VLD-00005", "STD.VLD-00004", "STD.VLD-00005", "STD.VLD-00004", "STD.VLD-00005"])
    }

    func test_parse_reportsMissing_whenResourceAbsentOrEmpty() {
        for json: JSONValue in [[:], ["resource": []], ["resource": nil]] {
            guard case .failure(let failure) = Right.parse(json, path: "/rights/0") else { return XCTFail("accepted") }
            XCTAssertEqual(failure.problems, [RightShapeProblem(.missing, path: "/rights/0/resource")])
        }
    }

    func test_parseList_reportsElementsUnderIndex_andRejectsNonArray() throws {
        let good: JSONValue = [["resource": [["id": "urn:altinn:resource", "value": "a-melding"]]]]
        XCTAssertEqual(try Right.parseList(good, path: "/rights").get(), [Right(resourceId: "a-melding")])
        guard case .failure(let failure) = Right.parseList([1, ["resource": "x"]], path: "/rights") else {
            return XCTFail("accepted")
        }
        XCTAssertEqual(failure.problems.map(\.path), ["/rights/0", "/rights/1/resource"])
        guard case .failure(let notArray) = Right.parseList(["a": 1], path: "/rights") else { return XCTFail("accepted") }
        XCTAssertEqual(notArray.problems.first?.code, "STD.VLD-00005")
    }

    func test_registerProblem_followsTheChain() {
        XCTAssertNil(AttributePair.resource("a-melding").registerProblem)
        XCTAssertEqual(AttributePair(id: "urn:altinn:app", value: "nope").registerProblem, .attributeIdNotResource)
        XCTAssertEqual(AttributePair.resource("nope").registerProblem, .unknownResource)
        XCTAssertEqual(AttributePair.resource("A-MELDING").registerProblem, .unknownResource)
        XCTAssertEqual(AttributePair.resource("ttd-maskinporten-schema").registerProblem, .resourceNotDelegable)
        XCTAssertEqual(RightContentProblem.allCases.map(\.code), ["AUTH.VLD-00009", "AUTH.VLD-00003", "AUTH.VLD-00017"])
        let right = Right(resource: [.resource("a-melding"), .resource("altinn_access_management")])
        XCTAssertEqual(right.registerProblems.map(\.problem), [.resourceNotDelegable])
    }
}
