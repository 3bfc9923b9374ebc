import JSON
import XCTest

/// `delegation.md` §7: the XACML form of the decision endpoint, over HTTP.
final class DelegationXACMLTests: XCTestCase {
    typealias S = DelegationTestService

    private func xacml(_ env: DelegationTestService, subjects: [String], resource: String, party: String) throws -> JSONValue {
        let attribute: (String, String) -> JSONValue = { ["AttributeId": .string($0), "Value": .string($1)] }
        let subjectList: JSONValue = .array(subjects.map { ["Attribute": [attribute("urn:altinn:systemuser:uuid", $0)]] })
        let resourceList: JSONValue = [["Attribute": [attribute("urn:altinn:resource", resource),
                                                      attribute("urn:altinn:organization:identifier-no", party)]]]
        let response = try env.send(.post, "/authorization/api/v1/decision", token: env.platform,
                                    body: ["Request": ["AccessSubject": subjectList, "Resource": resourceList]])
        XCTAssertEqual(response.status, 200, response.text)
        return response.jsonValue?["Response"]?[0] ?? .null
    }

    func test_xacmlForm_answersPermitNotApplicableAndIndeterminate() throws {
        let env = try DelegationTestService()
        defer { env.stop() }
        XCTAssertEqual(try env.clients(.post, "clients", agent: S.r3, client: S.kvikk).jsonValue?["changed"], true)

        let permit = try xacml(env, subjects: [S.r3], resource: "ske-krav-og-betalinger", party: S.kvikk)
        XCTAssertEqual(permit["Decision"]?.stringValue, "Permit")
        XCTAssertEqual(permit["Status"]?["StatusCode"]?["Value"]?.stringValue, "urn:oasis:names:tc:xacml:1.0:status:ok")
        // The same question again (now answered from the warm cache on the event loop) gives the same answer.
        XCTAssertEqual(try xacml(env, subjects: [S.r3], resource: "ske-krav-og-betalinger", party: S.kvikk)["Decision"]?
            .stringValue, "Permit")

        let other = try xacml(env, subjects: [S.r3], resource: "ske-krav-og-betalinger", party: S.rolig)
        XCTAssertEqual(other["Decision"]?.stringValue, "NotApplicable")

        let two = try xacml(env, subjects: [S.r3, S.r3], resource: "ske-krav-og-betalinger", party: S.kvikk)
        XCTAssertEqual(two["Decision"]?.stringValue, "Indeterminate")
        XCTAssertEqual(two["Status"]?["StatusCode"]?["Value"]?.stringValue,
                       "urn:oasis:names:tc:xacml:1.0:status:syntax-error")
    }
}
