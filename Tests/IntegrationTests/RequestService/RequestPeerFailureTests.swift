import JSON
import XCTest

/// Peers that are down (`requests.md` §1, §4.4): 503 `STD-00503` with `peer`, and nothing written.
final class RequestPeerFailureTests: XCTestCase {
    typealias R = RequestTestService
    static let deadURL = "http://127.0.0.1:1"

    /// Another Request Service on the fixture's Registry and peers, with `environment` on top, and the
    /// SmartCloud standard system registered.
    func sibling(of service: RequestTestService, _ environment: [String: String]) throws -> ServiceProcess {
        var env = ["REGISTRY_URL": service.registry.baseURL, "APPROVAL_URL": service.peers.approvalURL,
                   "DELEGATION_URL": service.peers.delegationURL]
        for (key, value) in environment { env[key] = value }
        let process = try ServiceProcess("RequestService", keys: service.keys, environment: env)
        let system = R.S.system(R.standardSystem) { $0.set("rights", [R.S.right("ske-krav-og-betalinger")]) }
        let registered = try TestHTTP.send(.post, process.baseURL + R.S.base + "/vendor",
                                           token: try service.vendorToken(scopes: R.S.write),
                                           headers: ["Content-Type": "application/json"], body: system.encoded())
        XCTAssertEqual(registered.status, 200, registered.text)
        return process
    }

    func create(_ process: ServiceProcess, _ service: RequestTestService, party: String) throws -> ClientResponseSummary {
        let response = try TestHTTP.send(.post, process.baseURL + R.base + "/vendor", token: service.smartCloudToken,
                                         headers: ["Content-Type": "application/json"],
                                         body: R.standard(service.uniqueRef(), party: party).encoded())
        return ClientResponseSummary(status: response.status, json: response.jsonValue)
    }

    func storedRequests(_ process: ServiceProcess, _ service: RequestTestService, party: String) throws -> Int {
        let list = try TestHTTP.get(process.baseURL + "/internal/requests?party=\(party)", token: service.platformToken)
        return list.jsonValue?["data"]?.arrayValue?.count ?? -1
    }

    func test_registryDown_gives503_andWritesNothing() throws {
        let service = try RequestTestService()
        defer { service.stop() }
        let uncached = try sibling(of: service, ["REGISTRY_CACHE_SECONDS": "0"])
        let cached = try sibling(of: service, ["REGISTRY_CACHE_SECONDS": "60"])
        defer { uncached.stop(); cached.stop() }
        let party = R.customer
        XCTAssertEqual(try create(uncached, service, party: party).status, 201)
        XCTAssertEqual(try create(cached, service, party: party).status, 201)
        service.registry.stop()
        let down = try create(uncached, service, party: party)
        XCTAssertEqual(down.status, 503)
        XCTAssertEqual(down.json?["code"], "STD-00503")
        XCTAssertEqual(down.json?["peer"], "registry")
        XCTAssertEqual(try storedRequests(uncached, service, party: party), 1, "nothing written")
        XCTAssertEqual(try create(cached, service, party: party).status, 201, "an active answer is reused from the cache")
        let notAsked = try create(cached, service, party: RegistryScenario.tilfeldigSubtilApe)
        XCTAssertEqual(notAsked.status, 503)
        XCTAssertEqual(notAsked.json?["peer"], "registry")
        XCTAssertEqual(try storedRequests(cached, service, party: RegistryScenario.tilfeldigSubtilApe), 0)
        let portal = try TestHTTP.get(uncached.baseURL + R.base + "/\(party)/\(UUID().uuidString)", token: service.platformToken)
        XCTAssertEqual(portal.status, 503)
        let audit = try TestHTTP.get(uncached.baseURL + "/internal/audit?limit=1000", token: service.platformToken)
        let refused = (audit.jsonValue?["items"]?.arrayValue ?? []).filter { $0["outcome"] == "refused" }
        XCTAssertEqual(refused.count, 0, "a peer failure is not recorded")
    }

    func test_approvalAndDelegationDown_give503_withTheirPeerNames() throws {
        let service = try RequestTestService()
        defer { service.stop() }
        let process = try sibling(of: service, ["APPROVAL_URL": Self.deadURL, "DELEGATION_URL": Self.deadURL])
        defer { process.stop() }
        let down = try create(process, service, party: R.customer)
        XCTAssertEqual(down.status, 503)
        XCTAssertEqual(down.json?["code"], "STD-00503")
        XCTAssertEqual(down.json?["peer"], "approval")
        XCTAssertEqual(try storedRequests(process, service, party: R.customer), 0, "nothing written")
        let portal = try TestHTTP.get(process.baseURL + R.base + "/\(R.customer)/\(UUID().uuidString)",
                                      token: service.dressMinstToken)
        XCTAssertEqual(portal.status, 503)
        XCTAssertEqual(portal.jsonValue?["peer"], "delegation")
        let platform = try TestHTTP.get(process.baseURL + R.base + "/\(R.customer)/\(UUID().uuidString)",
                                        token: service.platformToken)
        XCTAssertEqual(platform.status, 404, "a platform token skips the Client Delegation Service")
    }
}
