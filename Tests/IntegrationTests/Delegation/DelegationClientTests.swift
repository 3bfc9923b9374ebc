import HTTPClient
import JSON
import XCTest

/// `delegation.md` §3, §5, §6 and §7 over HTTP against the real Registry with the demo scenario.
final class DelegationClientTests: XCTestCase {
    nonisolated(unsafe) static var shared: DelegationTestService?
    var env: DelegationTestService { Self.shared! }
    typealias S = DelegationTestService

    override class func setUp() {
        super.setUp()
        shared = try? DelegationTestService()
    }

    override class func tearDown() {
        shared?.stop()
        shared = nil
        super.tearDown()
    }

    override func setUpWithError() throws {
        try XCTSkipIf(Self.shared == nil, "services did not start")
    }

    private func missing(_ list: JSONValue, _ client: String) -> [String]? {
        list["data"]?.arrayValue?.first { $0["clientOrganizationNumber"]?.stringValue == client }?["missingPackages"]?
            .arrayValue?.compactMap(\.stringValue)
    }

    func test_available_appliesANDRule_whenDefault() throws {
        let response = try env.clients(.get, "clients/available", agent: S.r3)
        XCTAssertEqual(response.status, 200, response.text)
        XCTAssertEqual(response.jsonValue?.clientNumbers, [S.kvikk, S.rolig])
        let first = response.jsonValue?["data"]?[0]
        XCTAssertEqual(first?["clientId"]?.stringValue, "621ea9f8-24a3-5e30-9404-8e39721b052a")
        XCTAssertEqual(first?["relationships"], [["type": "role", "role": "REGN"], ["type": "grant"]])
        XCTAssertEqual(response.jsonValue?["systemUserInformation"]?["systemUserOwnerOrg"]?.stringValue, S.tut)
    }

    func test_available_listsMissingPackages_whenIncludeAll() throws {
        let list = try XCTUnwrap(try env.clients(.get, "clients/available", agent: S.r3, extra: "&include=all").jsonValue)
        XCTAssertEqual(list.clientNumbers, [S.kvikk, S.rolig, S.modig, "315710375", "315710383", "315710391", "315710405"])
        let both = ["urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet", "urn:altinn:accesspackage:skattegrunnlag"]
        XCTAssertEqual(missing(list, S.modig), ["urn:altinn:accesspackage:skattegrunnlag"])
        for client in ["315710375", "315710383", "315710391", "315710405"] { XCTAssertEqual(missing(list, client), both) }
        XCTAssertEqual(list["data"]?[2]?["qualifies"], false)
        let bad = try env.clients(.get, "clients/available", agent: S.r3, extra: "&include=ALL")
        XCTAssertEqual(bad.jsonValue?["validationErrors"]?[0]?["code"]?.stringValue, "STD.VLD-00006")
    }

    func test_roleRules_giveClientPackages_byRoleAndForm() throws {
        let id = "0f0e0d0c-0000-4000-8000-000000000001"
        try env.publish(id: id, owner: S.tut, type: "agent", packages: ["forretningsforer-eiendom"])
        let list = try XCTUnwrap(try env.clients(.get, "clients/available", agent: id, extra: "&include=all").jsonValue)
        XCTAssertEqual(list.clientNumbers.filter { missing(list, $0) == [] }, ["315710383", "315710391"])
        XCTAssertEqual(missing(list, "315710405"), ["urn:altinn:accesspackage:forretningsforer-eiendom"])
        XCTAssertFalse(list.clientNumbers.contains("315710413"), "a deleted unit is never a client")
        let revisor = "0f0e0d0c-0000-4000-8000-000000000002"
        try env.publish(id: revisor, owner: S.tut, type: "agent", packages: ["ansvarlig-revisor", "revisormedarbeider"])
        XCTAssertEqual(try env.clients(.get, "clients/available", agent: revisor).jsonValue?.clientNumbers, ["315710375"])
        let regn = "0f0e0d0c-0000-4000-8000-000000000003"
        try env.publish(id: regn, owner: S.tut, type: "agent", packages: [
            "regnskapsforer-med-signeringsrettighet", "regnskapsforer-uten-signeringsrettighet", "regnskapsforer-lonn"])
        XCTAssertEqual(try env.clients(.get, "clients/available", agent: regn).jsonValue?.clientNumbers,
                       [S.kvikk, S.rolig, S.modig])
        let adding = try env.clients(.post, "clients", agent: id, client: "315710405")
        XCTAssertEqual(adding.jsonValue?["code"]?.stringValue, "AUTH-00080", "FFØR in an AS gives nothing")
    }

    func test_add_refusesNonClientsAndMissingPackages() throws {
        let unknown = try env.clients(.post, "clients", agent: S.r3, client: "315799996")
        XCTAssertEqual(unknown.status, 400)
        XCTAssertEqual(unknown.jsonValue?["code"]?.stringValue, "AUTH-00079")
        let modig = try env.clients(.post, "clients", agent: S.r3, client: S.modig)
        XCTAssertEqual(modig.jsonValue?["code"]?.stringValue, "AUTH-00080")
        XCTAssertEqual(modig.jsonValue?["missingPackages"], ["urn:altinn:accesspackage:skattegrunnlag"])
        XCTAssertTrue(try env.auditActions().contains("client.add-refused"))
    }

    func test_permissions_followRolesAndGrants() throws {
        let other = "0f0e0d0c-0000-4000-8000-000000000010"
        try env.publish(id: other, owner: S.tut, type: "agent", packages: ["regnskapsforer-med-signeringsrettighet"])
        XCTAssertEqual(try env.clients(.post, "clients", agent: other, client: S.modig, as: S.lojalKompass).status, 200,
                       "a daglig leder may administer clients")
        XCTAssertEqual(try env.clients(.post, "clients", agent: other, client: S.kvikk, as: S.grundigTeller).status, 200,
                       "klientadministrator by explicit grant may")
        let refused = try env.clients(.get, "clients", agent: other, as: S.traustVekter)
        XCTAssertEqual(refused.status, 403)
        XCTAssertEqual(refused.jsonValue?["code"]?.stringValue, "AUTH-00100")
        let writeOnly = try env.keys.token(["user", "--pid", S.dressMinst, "--scopes", "altinn:clientdelegations.write"])
        let scoped = try env.send(.get, S.clientsBase + "/clients?agent=\(other)", token: writeOnly)
        XCTAssertEqual(scoped.jsonValue?["code"]?.stringValue, "AUTH-00102")
    }

    func test_addAndRemove_areIdempotent_andDecisionsFollow() throws {
        let id = "0f0e0d0c-0000-4000-8000-000000000020"
        try env.publish(id: id, owner: S.tut, type: "agent",
                        packages: ["regnskapsforer-med-signeringsrettighet", "skattegrunnlag"])
        XCTAssertEqual(try env.reason(id, S.rolig, resource: "ske-krav-og-betalinger"), "agent.not-delegated")
        XCTAssertEqual(try env.clients(.post, "clients", agent: id, client: S.rolig).jsonValue?["changed"], true)
        XCTAssertEqual(try env.clients(.post, "clients", agent: id, client: S.rolig).jsonValue?["changed"], false)
        let permit = try env.decide(id, S.rolig, resource: "ske-krav-og-betalinger")
        XCTAssertEqual(permit["decision"]?.stringValue, "Permit")
        XCTAssertEqual(permit["reason"]?["viaRelationship"], ["type": "role", "role": "REGN"])
        let viaGrant = try env.decide(id, S.rolig, resource: "ske-skattegrunnlag")
        XCTAssertEqual(viaGrant["reason"]?["viaRelationship"], ["type": "grant"])
        XCTAssertEqual(try env.reason(id, S.rolig, resource: "a-melding"), "agent.not-covered")
        XCTAssertEqual(try env.clients(.get, "clients", agent: id).jsonValue?.clientNumbers, [S.rolig])
        let uuid = "e12eca18-076b-5066-b61d-2ec1a103c409"
        XCTAssertEqual(try env.clients(.delete, "clients", agent: id, client: uuid).jsonValue?["changed"], true)
        XCTAssertEqual(try env.clients(.delete, "clients", agent: id, client: S.rolig).jsonValue?["changed"], false)
        XCTAssertEqual(try env.reason(id, S.rolig, resource: "ske-krav-og-betalinger"), "agent.not-delegated")
        let actions = try env.auditActions()
        XCTAssertTrue(actions.contains("client.added") && actions.contains("client.removed"))
    }

    func test_grants_onlyAssignablePackages_andPersonRights() throws {
        let refused = try env.send(.post, S.grants + "?party=\(S.kvikk)&to=\(S.tut)&package=regnskapsforer-lonn",
                                   token: env.token(S.raskSignatur))
        XCTAssertEqual(refused.jsonValue?["validationErrors"]?[0]?["code"]?.stringValue, "AM.VLD-00048")
        let rights = try env.send(.get, "/internal/rights?party=\(S.tut)&person=\(S.dressMinst)", token: env.platform)
        XCTAssertEqual(rights.jsonValue?["isClientAdministrator"], true)
        XCTAssertEqual(rights.jsonValue?["isMainAdministrator"], false)
        let list = try env.send(.get, S.grants + "?party=\(S.tut)&from=\(S.tut)&to=\(S.dressMinst)", token: env.token(S.lojalKompass))
        XCTAssertEqual(list.jsonValue?["data"]?.arrayValue?.count, 2)
        let again = try env.send(.post, S.grants + "?party=\(S.tut)&to=\(S.dressMinst)&package=tilgangsstyrer",
                                 token: env.token(S.lojalKompass))
        XCTAssertEqual(again.jsonValue?["changed"], false)
    }

    func test_systemUserPut_validatesAndIsIdempotent() throws {
        let id = "0f0e0d0c-0000-4000-8000-000000000030"
        XCTAssertEqual(try env.publish(id: id, owner: "310202398", type: "standard", packages: [],
                                       rights: ["ske-krav-og-betalinger"]).jsonValue?["changed"], true)
        XCTAssertEqual(try env.publish(id: id, owner: "310202398", type: "standard", packages: [],
                                       rights: ["ske-krav-og-betalinger"]).jsonValue?["changed"], false)
        XCTAssertEqual(try env.reason(id, "311312294", resource: "ske-krav-og-betalinger"), "standard.right")
        XCTAssertEqual(try env.reason(id, "310904473", resource: "ske-krav-og-betalinger"), "standard.party-mismatch")
        let bad = try env.send(.put, "/internal/systemusers/\(id)", token: env.platform, body: ["id": "x"])
        XCTAssertEqual(bad.status, 400)
        XCTAssertGreaterThan(bad.jsonValue?["validationErrors"]?.arrayValue?.count ?? 0, 5)
    }
}
