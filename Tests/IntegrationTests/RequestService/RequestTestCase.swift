import XCTest

/// Base class of the request tests: one `RequestTestService` per test class, started on first use.
class RequestTestCase: XCTestCase {
    typealias R = RequestTestService
    nonisolated(unsafe) static var shared: RequestTestService?

    /// Extra environment of the class's Request Service.
    class var environment: [String: String] { [:] }

    var service: RequestTestService {
        get throws {
            if let service = Self.shared { return service }
            let service = try RequestTestService(environment: Self.environment)
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
