import Foundation
import XCTest

/// Uniqueness of `requests.md` §4.4: concurrent identical creates give one request.
final class RequestConcurrencyTests: RequestTestCase {
    func test_concurrentIdenticalCreates_produceExactlyOneRequest() throws {
        let service = try service
        let body = R.standard(service.uniqueRef("race"))
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let response = try? service.create(body)
            results.append((response?.status ?? 0, response?.jsonValue?["id"]?.stringValue ?? ""))
        }
        let all = results.values
        XCTAssertEqual(all.filter { $0.0 == 201 }.count, 1, "\(all)")
        XCTAssertEqual(all.filter { $0.0 == 200 }.count, 7, "\(all)")
        XCTAssertEqual(Set(all.map(\.1)).count, 1, "every answer names the same request")
    }

    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [(Int, String)] = []
        func append(_ value: (Int, String)) { lock.lock(); stored.append(value); lock.unlock() }
        var values: [(Int, String)] { lock.lock(); defer { lock.unlock() }; return stored }
    }
}
