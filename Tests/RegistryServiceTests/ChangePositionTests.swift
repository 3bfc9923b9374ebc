@testable import RegistryService
import XCTest

/// The cached `X-Registry-Position` (`registry.md` §1).
final class ChangePositionTests: XCTestCase {
    func test_advance_neverGoesBackwards_whenWritesFinishOutOfOrder() {
        let position = ChangePosition(3)
        position.advance(to: 5)
        position.advance(to: 4)
        XCTAssertEqual(position.current, 5)
        position.reset(to: 0)
        XCTAssertEqual(position.current, 0, "a new epoch starts again")
    }

    func test_advance_keepsHighest_underConcurrentWriters() {
        let position = ChangePosition(0)
        DispatchQueue.concurrentPerform(iterations: 1000) { position.advance(to: Int64($0)) }
        XCTAssertEqual(position.current, 999)
    }
}
