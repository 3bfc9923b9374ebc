import XCTest

extension XCTestCase {
    /// Polls `condition` every 10 ms until it holds or `timeout` seconds pass; returns its last value.
    func pollUntil(timeout: Double = 2, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }
}
