import HTTPClient
import XCTest

final class DeadlineTests: XCTestCase {
    func test_deadline_remainingIsNeverNegative_andPassesOnTime() {
        let past = Deadline.after(.milliseconds(-10))
        XCTAssertEqual(past.remaining, .zero)
        XCTAssertTrue(past.hasPassed)
        let future = Deadline.after(.seconds(5))
        XCTAssertFalse(future.hasPassed)
        XCTAssertGreaterThan(future.remaining, .seconds(4))
        XCTAssertLessThan(past, future)
    }
}
