import XCTest

/// Base class: one service pair per test class, started on first use.
class SystemRegisterTestCase: XCTestCase {
    nonisolated(unsafe) static var shared: SystemRegisterTestService?

    var service: SystemRegisterTestService {
        get throws {
            if let service = Self.shared { return service }
            let service = try SystemRegisterTestService()
            Self.shared = service
            return service
        }
    }

    override class func tearDown() {
        shared?.stop()
        shared = nil
        super.tearDown()
    }
}
