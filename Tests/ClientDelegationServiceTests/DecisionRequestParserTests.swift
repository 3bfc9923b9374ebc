import JSON
import XCTest
@testable import ClientDelegationService

final class DecisionRequestParserTests: XCTestCase {
    private let subject = "605BB239-23B1-4D11-AAE8-A40EB683AA1F"

    func test_parse_readsPlainQuestion_withPrefixes() throws {
        let body: JSONValue = ["subject": .string("urn:altinn:systemuser:uuid:" + subject), "party": "315710340",
                               "resource": "urn:altinn:resource:ske-krav-og-betalinger"]
        guard case .question(let question, let xacml) = DecisionRequestParser.parse(body) else { return XCTFail() }
        XCTAssertFalse(xacml)
        XCTAssertEqual(question, DecisionQuestion(subject: subject.lowercased(), party: .organization("315710340"),
                                                  target: .resource("ske-krav-og-betalinger")))
    }

    func test_parse_listsEveryFailure_whenInvalid() {
        let body: JSONValue = ["subject": "nope", "party": "310202399", "resource": "a", "accessPackage": "b"]
        guard case .invalid(let failures) = DecisionRequestParser.parse(body) else { return XCTFail() }
        XCTAssertEqual(failures.map(\.code), ["STD.VLD-00003", "STD.VLD-00001", "AUTH.VLD-00101"])
    }

    func test_parse_readsXACMLSubset_andRejectsTwoSubjects() {
        let attribute: (String, String) -> JSONValue = { ["AttributeId": .string($0), "Value": .string($1)] }
        let subjects: JSONValue = [["Attribute": [attribute("urn:altinn:systemuser:uuid", subject)]]]
        let resource: JSONValue = [["Attribute": [attribute("urn:altinn:resource", "ske-skattegrunnlag"),
                                                  attribute("urn:altinn:organization:identifier-no", "315710340")]]]
        guard case .question(_, true) = DecisionRequestParser.parse(["Request": ["AccessSubject": subjects,
                                                                                 "Resource": resource]]) else {
            return XCTFail("subset not read")
        }
        let two: JSONValue = .array((subjects.arrayValue ?? []) + (subjects.arrayValue ?? []))
        guard case .xacmlSyntaxError = DecisionRequestParser.parse(["Request": ["AccessSubject": two,
                                                                                "Resource": resource]]) else {
            return XCTFail("two subjects accepted")
        }
    }

    func test_effectivePackages_excludeLostAndNoLongerHeld() {
        let user = SystemUserCopy(id: "s", integrationTitle: "", systemId: "", supplierOrgno: "", supplierName: "",
                                  reporteeOrgNo: "314250052", externalRef: "", userType: .agent, rights: [],
                                  accessPackages: ["a", "b", "c"], created: "")
        let delegation = ClientDelegation(systemUserId: "s", client: "c",
                                          packages: [DelegatedPackage(urn: "a"), DelegatedPackage(urn: "b", lostAt: "t"),
                                                     DelegatedPackage(urn: "c")],
                                          delegatedAt: "", delegatedBy: "")
        XCTAssertEqual(EffectivePackages.of(delegation, user: user, held: ["a", "b"]), ["a"])
    }
}
