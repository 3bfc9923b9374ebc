import HTTPClient
import JSON
import XCTest

/// `delegation.md` §8: Registry changes through the feed, grant revocation, deletion and outage.
final class DelegationChangeTests: XCTestCase {
    typealias S = DelegationTestService

    func test_changes_invalidateWithinBound_andOutageGives503() throws {
        let env = try DelegationTestService()
        defer { env.stop() }
        XCTAssertEqual(try env.clients(.post, "clients", agent: S.r3, client: S.kvikk).jsonValue?["changed"], true)
        XCTAssertEqual(try env.reason(S.r3, S.kvikk, resource: "ske-krav-og-betalinger"), "agent.client-delegation")

        // KVIKK's roles written without REGN: the REGN package is lost, the grant package stays.
        try env.writeRoles(S.kvikk, [S.dagl(S.raskSignatur, "RASK", "SIGNATUR")])
        XCTAssertTrue(try env.eventually(timeout: 1.5) {
            try env.reason(S.r3, S.kvikk, resource: "ske-krav-og-betalinger") == "agent.relationship-lost"
        })
        XCTAssertEqual(try env.reason(S.r3, S.kvikk, resource: "ske-skattegrunnlag"), "agent.client-delegation")
        XCTAssertTrue(try env.eventually { try env.auditActions().contains("client.packages-lost") })

        // The client revokes its grant: KVIKK drops out and the last package is lost at once.
        let revoke = try env.send(.delete, S.grants + "?party=\(S.kvikk)&from=\(S.kvikk)&to=\(S.tut)&package=skattegrunnlag",
                                  token: env.token(S.raskSignatur))
        XCTAssertEqual(revoke.status, 204, revoke.text)
        XCTAssertEqual(try env.reason(S.r3, S.kvikk, resource: "ske-skattegrunnlag"), "agent.relationship-lost")
        XCTAssertEqual(try env.clients(.get, "clients", agent: S.r3).jsonValue?.clientNumbers, [])

        // Deleting the system user removes its delegations; decisions say subject.deleted.
        XCTAssertEqual(try env.clients(.post, "clients", agent: S.r3, client: S.rolig).jsonValue?["changed"], true)
        let deleted = try env.send(.delete, "/internal/systemusers/\(S.r3)", token: env.platform)
        XCTAssertEqual(deleted.jsonValue?["removedClientDelegations"], 2)
        XCTAssertEqual(try env.reason(S.r3, S.rolig, resource: "ske-krav-og-betalinger"), "subject.deleted")
        XCTAssertEqual(try env.send(.delete, "/internal/systemusers/\(S.r3)", token: env.platform).jsonValue?["changed"], false)
        let revive = try env.publish(id: S.r3, owner: S.tut, type: "agent", packages: ["skattegrunnlag"])
        XCTAssertEqual(revive.jsonValue?["code"]?.stringValue, "AUTH-00107")

        // The Registry stops: after the staleness bound, Registry-backed answers are 503 STD-00503.
        let other = "0f0e0d0c-0000-4000-8000-000000000040"
        try env.publish(id: other, owner: S.tut, type: "agent", packages: ["skattegrunnlag"])
        env.registry.stop()
        usleep(1_300_000)
        let decision = try env.send(.post, "/authorization/api/v1/decision", token: env.platform,
                                    body: ["subject": .string(other), "party": .string(S.rolig), "resource": "ske-skattegrunnlag"])
        XCTAssertEqual(decision.status, 503, decision.text)
        XCTAssertEqual(decision.jsonValue?["code"]?.stringValue, "STD-00503")
        XCTAssertEqual(decision.jsonValue?["peer"]?.stringValue, "registry")
        XCTAssertEqual(try env.clients(.get, "clients/available", agent: other).status, 503)
        XCTAssertEqual(try env.reason(S.r3, S.rolig, resource: "ske-skattegrunnlag"), "subject.deleted")
    }

    /// §8.2 and the acceptance list's "lost stays lost": a role written away and straight back is still
    /// noticed (the follower reads each item's own state), the package stays lost, and only an add restores it.
    func test_lostPackage_staysLost_whenTheRoleComesBack_untilTheClientIsAddedAgain() throws {
        let env = try DelegationTestService()
        defer { env.stop() }
        XCTAssertEqual(try env.clients(.post, "clients", agent: S.r3, client: S.kvikk).jsonValue?["changed"], true)
        XCTAssertEqual(try env.reason(S.r3, S.kvikk, resource: "ske-krav-og-betalinger"), "agent.client-delegation")

        let dagl = S.dagl(S.raskSignatur, "RASK", "SIGNATUR")
        let regn: JSONValue = ["type": "REGN", "enhet": ["organisasjonsnummer": .string(S.tut)]]
        try env.writeRoles(S.kvikk, [dagl])
        try env.writeRoles(S.kvikk, [dagl, regn])
        XCTAssertTrue(try env.eventually { try env.auditActions().contains("client.packages-lost") })
        let lost = try env.send(.get, "/internal/audit?limit=1000", token: env.platform).jsonValue?["items"]?.arrayValue?
            .first { $0["action"]?.stringValue == "client.packages-lost" }
        XCTAssertEqual(lost?["details"]?["packages"],
                       ["urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet"], lost.map { "\($0)" } ?? "")

        // REGN is back in the Registry, yet the delegated package never becomes effective again.
        XCTAssertTrue(try env.eventually {
            try env.clients(.get, "clients/available", agent: S.r3).jsonValue?.clientNumbers.contains(S.kvikk) == true
        })
        for _ in 0..<3 {
            XCTAssertEqual(try env.reason(S.r3, S.kvikk, resource: "ske-krav-og-betalinger"), "agent.relationship-lost")
            usleep(200_000)
        }
        XCTAssertEqual(try env.reason(S.r3, S.kvikk, resource: "ske-skattegrunnlag"), "agent.client-delegation")

        // Adding KVIKK again replaces the delegation with all of R3's packages, none lost.
        XCTAssertEqual(try env.clients(.post, "clients", agent: S.r3, client: S.kvikk).jsonValue?["changed"], true)
        XCTAssertEqual(try env.reason(S.r3, S.kvikk, resource: "ske-krav-og-betalinger"), "agent.client-delegation")
        XCTAssertEqual(try env.clients(.post, "clients", agent: S.r3, client: S.kvikk).jsonValue?["changed"], false)
    }
}
