@testable import RegistryService
import ServiceKit
import XCTest

/// A replica's readiness (`registry.md` §8 step 3).
final class ReplicaStatusTests: XCTestCase {
    func test_override_isStarting_untilTheFirstSuccessfulPoll_thenReady() {
        let status = ReplicaStatus()
        XCTAssertEqual(status.readinessOverride(), .starting)
        status.recordSuccessfulPoll(at: .now)
        XCTAssertNil(status.readinessOverride())
    }

    func test_override_isStale_whenTheLastPollIsFiveSecondsOld_orASnapshotIsPending() {
        let status = ReplicaStatus()
        status.recordSuccessfulPoll(at: .now - .seconds(5))
        XCTAssertEqual(status.readinessOverride(), .stale)
        status.recordSuccessfulPoll(at: .now)
        status.recordResnapshotNeeded()
        XCTAssertEqual(status.readinessOverride(), .stale)
    }
}
