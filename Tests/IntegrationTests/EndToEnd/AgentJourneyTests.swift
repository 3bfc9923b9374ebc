import Foundation
import JSON
import Scenario
import XCTest

/// The agent journey of `scenario.md` §7 (J8–J16, J21) across the four real executables, with every
/// decision of §8.3 for the agent system user R3, including after an ER role is removed in the Registry
/// and after the system user is deleted.
final class AgentJourneyTests: JourneyTestCase {
    static let signing = "regnskapsforer-med-signeringsrettighet"
    static let taxBase = "skattegrunnlag"

    /// J8–J10: the agent request, refused for a plain client administrator, approved by DRESS MINST.
    private func approvedAgentUser(externalRef: String, packages: [String]) throws -> String {
        let request = try createAgentRequest(party: S.tut, externalRef: externalRef, packages: packages,
                                             redirectUrl: "https://smartcloud.example/receipt?kunde=tut")
        let id = try XCTUnwrap(request["id"]?.stringValue)
        XCTAssertTrue(request["confirmUrl"]?.stringValue?.contains("agentrequest") ?? false, "\(request)")
        let approved = try decide("approve", id, party: S.tut, agent: true, as: S.dressMinst)
        XCTAssertEqual(approved.status, 200, approved.text)
        XCTAssertEqual(approved.jsonValue?["systemUserId"]?.stringValue, id)
        XCTAssertEqual(approved.jsonValue?["redirectKind"]?.stringValue, "vendor")
        return id
    }

    func test_agentJourney_clientsFollowTheANDRule_andDecisionsFollowEveryChange() throws {
        let system = try system
        let request = try createAgentRequest(party: S.tut, externalRef: "smartcloud-tut-klient",
                                             packages: [Self.signing, Self.taxBase],
                                             redirectUrl: "https://smartcloud.example/receipt?kunde=tut")
        let r3 = try XCTUnwrap(request["id"]?.stringValue)
        let clientAdministratorOnly = try decide("approve", r3, party: S.tut, agent: true, as: S.grundigTeller)
        XCTAssertEqual(clientAdministratorOnly.status, 403, clientAdministratorOnly.text)
        XCTAssertEqual(clientAdministratorOnly.jsonValue?["code"]?.stringValue, "AUTH-00066")
        XCTAssertEqual(clientAdministratorOnly.jsonValue?["canEscalate"]?.boolValue, true)
        let approved = try decide("approve", r3, party: S.tut, agent: true, as: S.dressMinst)
        XCTAssertEqual(approved.status, 200, approved.text)
        XCTAssertEqual(approved.jsonValue?["systemUserId"]?.stringValue, r3)
        try assertAgentsList(of: S.tut, contains: r3)

        // J11–J14: the AND rule on the list and on add; a plain access manager may not administer clients.
        let available = try clients("/clients/available?agent=\(r3)", as: S.dressMinst)
        XCTAssertEqual(available.status, 200, available.text)
        XCTAssertEqual(Self.organisationNumbers(available.jsonValue), [S.kvikkSmidigOter, S.roligGrundigBjorn])
        for client in [S.kvikkSmidigOter, S.roligGrundigBjorn] {
            let added = try clients("/clients?agent=\(r3)&client=\(client)", .post, as: S.dressMinst)
            XCTAssertEqual(added.status, 200, added.text)
            XCTAssertEqual(added.jsonValue?["changed"]?.boolValue, true)
        }
        let refused = try clients("/clients?agent=\(r3)&client=\(S.modigLysegronnElg)", .post, as: S.dressMinst)
        XCTAssertEqual(refused.status, 400, refused.text)
        XCTAssertEqual(refused.jsonValue?["code"]?.stringValue, "AUTH-00080")
        XCTAssertEqual(refused.jsonValue?["missingPackages"], [.string(Self.packagePrefix + Self.taxBase)])
        let accessManagerOnly = try clients("/clients?agent=\(r3)", as: S.traustVekter)
        XCTAssertEqual(accessManagerOnly.status, 403, accessManagerOnly.text)
        XCTAssertEqual(accessManagerOnly.jsonValue?["code"]?.stringValue, "AUTH-00100")

        // J15 and §8.3 while both clients are delegated.
        let viaRole = try system.decide(subject: r3, party: S.kvikkSmidigOter, resource: Self.krav)
        XCTAssertEqual(viaRole.decision, "Permit", "\(String(describing: viaRole.body))")
        XCTAssertEqual(viaRole.reason, "agent.client-delegation")
        XCTAssertEqual(viaRole.body?["reason"]?["viaPackage"]?.stringValue, Self.packagePrefix + Self.signing)
        XCTAssertEqual(viaRole.body?["reason"]?["viaRelationship"]?["role"]?.stringValue, "REGN")
        XCTAssertEqual(try system.decide(subject: r3, party: S.kvikkSmidigOter, resource: "ske-skattegrunnlag").decision,
                       "Permit")
        XCTAssertEqual(try system.decide(subject: r3, party: S.kvikkSmidigOter, resource: Self.aMelding).reason,
                       "agent.not-covered")
        XCTAssertEqual(try system.decide(subject: r3, party: S.kvikkSmidigOter, accessPackage: Self.signing).decision,
                       "Permit")
        XCTAssertEqual(try system.decide(subject: r3, party: S.modigLysegronnElg, resource: Self.krav).reason,
                       "agent.not-delegated")
        XCTAssertEqual(try system.decide(subject: r3, party: S.tut, resource: Self.krav).reason, "agent.not-delegated")

        // J16: removing a client ends its permits at once; removing it again changes nothing.
        let removed = try clients("/clients?agent=\(r3)&client=\(S.roligGrundigBjorn)", .delete, as: S.dressMinst)
        XCTAssertEqual(removed.status, 200, removed.text)
        XCTAssertEqual(removed.jsonValue?["changed"]?.boolValue, true)
        XCTAssertEqual(try system.decide(subject: r3, party: S.roligGrundigBjorn, resource: Self.krav).reason,
                       "agent.not-delegated")
        let again = try clients("/clients?agent=\(r3)&client=\(S.roligGrundigBjorn)", .delete, as: S.dressMinst)
        XCTAssertEqual(again.jsonValue?["changed"]?.boolValue, false, again.text)
        let listed = try clients("/clients?agent=\(r3)", as: S.dressMinst)
        XCTAssertEqual(Self.organisationNumbers(listed.jsonValue), [S.kvikkSmidigOter])

        try assertRoleLossAndDeletion(of: r3)
    }

    /// `delegation.md` §3.6: the published agent system users of the facilitator, for a client administrator.
    private func assertAgentsList(of party: String, contains id: String) throws {
        let agents = try clients("/agents?party=\(party)", as: S.dressMinst)
        XCTAssertEqual(agents.status, 200, agents.text)
        let entry = try XCTUnwrap(agents.jsonValue?.arrayValue?.first { $0["id"]?.stringValue == id }, agents.text)
        XCTAssertEqual(entry["userType"]?.stringValue, "agent")
        XCTAssertEqual(entry["reporteeOrgNo"]?.stringValue, party)
        XCTAssertEqual(entry["isDeleted"]?.boolValue, false)
        let accessManagerOnly = try clients("/agents?party=\(party)", as: S.traustVekter)
        XCTAssertEqual(accessManagerOnly.jsonValue?["code"]?.stringValue, "AUTH-00100", accessManagerOnly.text)
        let unknown = try clients("/agents?party=\(S.unknown)", as: S.dressMinst)
        XCTAssertEqual(unknown.jsonValue?["code"]?.stringValue, "AUTH-00106", unknown.text)
    }

    /// §8.3's last rows: KVIKK's roles rewritten without REGN (within 1 s), then the system user deleted.
    private func assertRoleLossAndDeletion(of r3: String) throws {
        let system = try system
        let rolesWithoutREGN: JSONValue = ["roller": [[
            "type": "DAGL",
            "person": ["fodselsnummer": .string(S.raskSignatur.fodselsnummer),
                       "navn": ["fornavn": .string(S.raskSignatur.fornavn), "etternavn": .string(S.raskSignatur.etternavn)]],
        ]]]
        let rewrite = try system.call(system.registry, .put, "/internal/enheter/\(S.kvikkSmidigOter)/roller",
                                      token: system.platformToken, body: rolesWithoutREGN)
        XCTAssertEqual(rewrite.status, 200, rewrite.text)
        let deadline = Date().addingTimeInterval(1.5)
        var reason: String?
        repeat {
            reason = try system.decide(subject: r3, party: S.kvikkSmidigOter, resource: Self.krav).reason
            if reason == "agent.relationship-lost" { break }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        XCTAssertEqual(reason, "agent.relationship-lost")
        XCTAssertEqual(try system.decide(subject: r3, party: S.kvikkSmidigOter, resource: "ske-skattegrunnlag").decision,
                       "Permit", "the grant still holds")

        let deleted = try system.call(system.approval, .delete, "/authentication/api/v1/systemuser/agent/\(S.tut)/\(r3)",
                                      token: try system.token(S.dressMinst))
        XCTAssertEqual(deleted.status, 200, deleted.text)
        XCTAssertEqual(deleted.jsonValue?["removedClientDelegations"]?.intValue, 1)
        XCTAssertEqual(try system.decide(subject: r3, party: S.kvikkSmidigOter, resource: "ske-skattegrunnlag").reason,
                       "subject.deleted")
    }

    /// J21: the business-manager journey; FFØR counts for the ESEK and the BRL only.
    func test_businessManagerJourney_FFORCountsForESEKAndBRLOnly() throws {
        let r5 = try approvedAgentUser(externalRef: "smartcloud-tut-ffor", packages: ["forretningsforer-eiendom"])
        let available = try clients("/clients/available?agent=\(r5)", as: S.dressMinst)
        XCTAssertEqual(Self.organisationNumbers(available.jsonValue), [S.stilleFornoydSkjaere, S.lunefullBlidMaake])
        let all = try clients("/clients/available?agent=\(r5)&include=all", as: S.dressMinst)
        let others = (all.jsonValue?["data"]?.arrayValue ?? []).filter { $0["qualifies"]?.boolValue == false }
        XCTAssertEqual(others.compactMap { $0["clientOrganizationNumber"]?.stringValue }.sorted(),
                       [S.kvikkSmidigOter, S.roligGrundigBjorn, S.modigLysegronnElg, S.revisorkunde, S.svalVarsomHare].sorted())
        for other in others {
            XCTAssertEqual(other["missingPackages"], [.string(Self.packagePrefix + "forretningsforer-eiendom")])
        }
        let refused = try clients("/clients?agent=\(r5)&client=\(S.svalVarsomHare)", .post, as: S.dressMinst)
        XCTAssertEqual(refused.jsonValue?["code"]?.stringValue, "AUTH-00080", refused.text)
        let added = try clients("/clients?agent=\(r5)&client=\(S.stilleFornoydSkjaere)", .post, as: S.dressMinst)
        XCTAssertEqual(added.status, 200, added.text)
        let twice = try clients("/clients?agent=\(r5)&client=\(S.stilleFornoydSkjaere)", .post, as: S.dressMinst)
        XCTAssertEqual(twice.status, 200, twice.text)
        XCTAssertEqual(twice.jsonValue?["changed"]?.boolValue, false)
    }
}
