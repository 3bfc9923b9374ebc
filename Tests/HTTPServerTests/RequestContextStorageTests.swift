import HTTPServer
import XCTest

final class RequestContextStorageTests: XCTestCase {
    private enum NameKey: RequestContextKey { typealias Value = String }
    private enum CountKey: RequestContextKey { typealias Value = Int }

    func test_typedValues_areKeptPerKey_replaced_andRemoved() {
        let context = RequestContext(requestId: "r", remoteAddress: "127.0.0.1:1")
        XCTAssertNil(context[NameKey.self])
        context[NameKey.self] = "first"
        context[CountKey.self] = 1
        XCTAssertEqual(context[NameKey.self], "first")
        XCTAssertEqual(context[CountKey.self], 1)
        context[NameKey.self] = "second"
        XCTAssertEqual(context[NameKey.self], "second")
        XCTAssertEqual(context[CountKey.self], 1)
        context[NameKey.self] = nil
        XCTAssertNil(context[NameKey.self])
        XCTAssertEqual(context[CountKey.self], 1)
        context[NameKey.self] = nil
        XCTAssertNil(context[NameKey.self])
    }
}
