import XCTest

/// Base class: one set of services per test class.
class ApprovalTestCase: XCTestCase {
    nonisolated(unsafe) static var shared: [ObjectIdentifier: ApprovalTestServices] = [:]

    /// The environment of this class's services.
    class var requestEnvironment: [String: String] { [:] }
    class var approvalEnvironment: [String: String] { [:] }

    var services: ApprovalTestServices {
        get throws {
            let key = ObjectIdentifier(Self.self)
            if let services = Self.shared[key] { return services }
            let services = try ApprovalTestServices(requestEnvironment: Self.requestEnvironment,
                                                    approvalEnvironment: Self.approvalEnvironment)
            Self.shared[key] = services
            return services
        }
    }

    override class func tearDown() {
        shared.removeValue(forKey: ObjectIdentifier(self))?.stop()
        super.tearDown()
    }
}
