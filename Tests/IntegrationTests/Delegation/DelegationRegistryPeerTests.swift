import Foundation
import JSON
import XCTest

/// `delegation.md` §8.1 against a Registry that changes under the service: a new copy (a new feed
/// epoch) and a Registry that stops answering (a timed-out call is 504, not 503).
final class DelegationRegistryPeerTests: XCTestCase {
    typealias S = DelegationTestService

    func test_newRegistryCopy_rechecksDelegations_andFollowsTheNewLog() throws {
        let env = try DelegationTestService()
        defer { env.stop() }
        XCTAssertEqual(try env.clients(.post, "clients", agent: S.r3, client: S.kvikk).jsonValue?["changed"], true)
        XCTAssertEqual(try env.reason(S.r3, S.kvikk, resource: "ske-krav-og-betalinger"), "agent.client-delegation")

        // Move the old epoch's cursor well past where the new copy's log will end (each write is a change, so
        // an item): a follower that missed the epoch change would take the new copy's items as applied.
        let dagl = S.dagl(S.raskSignatur, "RASK", "SIGNATUR")
        let otherDagl = S.dagl(S.lojalKompass, "LOJAL", "KOMPASS")
        for round in 0..<75 { try env.writeRoles(S.modig, [round.isMultiple(of: 2) ? dagl : otherDagl]) }
        let oldPosition = try feedPosition(env)
        XCTAssertTrue(try env.eventually { try followerPosition(env) == oldPosition })

        // The new copy has KVIKK without REGN: the epoch change drops the cache and rechecks the delegation.
        try env.replaceRegistry { copy in try env.writeRoles(S.kvikk, [dagl], registryURL: copy) }
        let newPosition = try feedPosition(env)
        XCTAssertLessThan(newPosition, oldPosition)

        XCTAssertTrue(try env.eventually(timeout: 3) {
            try env.reason(S.r3, S.kvikk, resource: "ske-krav-og-betalinger") == "agent.relationship-lost"
        })
        XCTAssertEqual(try env.reason(S.r3, S.kvikk, resource: "ske-skattegrunnlag"), "agent.client-delegation")
        XCTAssertTrue(try env.eventually { try env.auditActions().contains("client.packages-lost") })
        XCTAssertTrue(try env.eventually { try followerPosition(env) == newPosition }, "the new copy's log ends at \(newPosition)")
    }

    func test_registryThatStopsAnswering_gives504_withThePeer() throws {
        let env = try DelegationTestService()
        defer {
            env.registry.signal(SIGCONT)
            env.stop()
        }
        let other = "0f0e0d0c-0000-4000-8000-000000000041"
        try env.publish(id: other, owner: S.tut, type: "agent", packages: ["skattegrunnlag"])
        env.registry.signal(SIGSTOP)
        usleep(1_300_000)  // past DECISION_MAX_STALENESS_MS: the cache is no longer fresh
        let decision = try env.send(.post, "/authorization/api/v1/decision", token: env.platform,
                                    body: ["subject": .string(other), "party": .string(S.rolig), "resource": "ske-skattegrunnlag"])
        XCTAssertEqual(decision.status, 504, decision.text)
        XCTAssertEqual(decision.jsonValue?["code"]?.stringValue, "STD-00503")
        XCTAssertEqual(decision.jsonValue?["peer"]?.stringValue, "registry")
    }

    /// The service's feed cursor (`delegation_feed_position` on `/metrics`).
    private func followerPosition(_ env: DelegationTestService) throws -> Int64? {
        try env.metricSamples("delegation_feed_position").first.map { Int64($0.value) }
    }

    /// The Registry's change-log position (`GET /internal/feed?after=0&size=1`).
    private func feedPosition(_ env: DelegationTestService) throws -> Int64 {
        let page = try TestHTTP.send(.get, env.registry.baseURL + "/internal/feed?after=0&size=1", token: env.platform)
        return page.jsonValue?["position"]?.intValue ?? -1
    }
}
