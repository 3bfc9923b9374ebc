import Foundation
import JSON
import XCTest

/// `delegation.md` §8.1's cache metric, as `/metrics` shows it.
final class DelegationMetricsTests: XCTestCase {
    typealias S = DelegationTestService

    /// A decision that misses the cache on the event loop is answered again on a worker; only the answering
    /// attempt counts. So a cold decision counts as many lookups as the same decision warm, where all hit.
    func test_cacheLookups_areCountedOnce_whenADecisionMovesToAWorker() throws {
        let env = try DelegationTestService()
        defer { env.stop() }
        let question = { try env.reason(S.r3, S.modig, resource: "ske-krav-og-betalinger") }

        let start = try lookups(env)
        XCTAssertEqual(try question(), "agent.not-delegated")
        let cold = try lookups(env)
        XCTAssertEqual(try question(), "agent.not-delegated")
        let warm = try lookups(env)

        let coldCounts = cold.subtracting(start)
        let warmCounts = warm.subtracting(cold)
        XCTAssertGreaterThan(coldCounts["miss"], 0, "the first decision should find the cache cold")
        XCTAssertEqual(warmCounts["miss"] + warmCounts["stale"], 0, "the second decision should find it warm")
        XCTAssertEqual(coldCounts.total, warmCounts.total, "cold \(coldCounts), warm \(warmCounts)")
    }

    /// `delegation_registry_cache_total` summed over `cache`, by `result`.
    private func lookups(_ env: DelegationTestService) throws -> LookupCounts {
        var counts = LookupCounts()
        for (labels, value) in try env.metricSamples("delegation_registry_cache_total") {
            guard let result = labels.split(separator: "result=\"").last?.split(separator: "\"").first else { continue }
            counts.byResult[String(result), default: 0] += Int(value)
        }
        return counts
    }
}

private struct LookupCounts: CustomStringConvertible {
    var byResult: [String: Int] = [:]

    subscript(result: String) -> Int { byResult[result] ?? 0 }
    var total: Int { byResult.values.reduce(0, +) }
    var description: String { "\(byResult.sorted { $0.key < $1.key })" }

    func subtracting(_ earlier: LookupCounts) -> LookupCounts {
        var difference = self
        for (result, count) in earlier.byResult { difference.byResult[result, default: 0] -= count }
        return difference
    }
}
