import Foundation
import Scenario
import XCTest

/// Step 5 of `scenario.md` §1 (`SystemScenario.load`, used by the demo and the end-to-end tests) against
/// the real Request Service: the three systems of §6 are registered by their vendors.
final class SystemScenarioLoadTests: XCTestCase {
    func test_systemScenario_registersTheThreeSystemsWithTheirVendors() throws {
        let service = try SystemRegisterTestService()
        defer { service.stop() }
        let tokens = ScenarioTokens.offline(service.keys)
        try SystemScenario.load(requestURL: service.process.baseURL, tokens: tokens)
        try SystemScenario.load(requestURL: service.process.baseURL, tokens: tokens)  // a second load changes nothing

        let smartCloud = try service.get(SystemRegisterTestService.base + "/vendor",
                                         token: try tokens.vendor(RegistryScenario.smartCloud))
        XCTAssertEqual(smartCloud.status, 200, smartCloud.text)
        let ids = smartCloud.jsonValue?.arrayValue?.compactMap { $0["systemId"]?.stringValue }
        XCTAssertEqual(ids, [SystemScenario.standardSystem, SystemScenario.agentSystem])
        let agent = try service.get(SystemRegisterTestService.base + "/vendor/" + SystemScenario.agentSystem,
                                    token: try tokens.vendor(RegistryScenario.smartCloud))
        XCTAssertEqual(agent.jsonValue?["isVisible"]?.boolValue, false)
        XCTAssertEqual(agent.jsonValue?["accessPackages"]?.arrayValue?.count, 7)
        let competitor = try service.get(SystemRegisterTestService.base + "/vendor",
                                         token: try tokens.vendor(RegistryScenario.annenLeverandor))
        XCTAssertEqual(competitor.jsonValue?.arrayValue?.compactMap { $0["systemId"]?.stringValue },
                       [SystemScenario.competitorSystem])
    }
}
