import Foundation
import SQLite
import ServiceKit
import XCTest

final class AuditLogTests: XCTestCase {
    private var directory: URL!
    private var database: Database!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("audit-\(UUID().uuidString)")
        database = try Database.open(path: directory.appendingPathComponent("a.sqlite").path,
                                     migrator: Migrator([AuditLog.migration(version: 1)]))
    }

    override func tearDown() {
        database.close()
        try? FileManager.default.removeItem(at: directory)
    }

    func test_record_writesTheSharedRowShape() throws {
        _ = try database.write { connection in
            try AuditLog.record(connection, actor: .vendor(organization: "315602122", clientId: "c1"),
                                action: "system.created", target: "315602122_smartcloud", details: [("x", 1)])
        }
        let page = try database.read { try AuditLog.page($0, after: nil, since: nil, limit: 10) }
        XCTAssertEqual(page.items.count, 1)
        XCTAssertNil(page.next)
        let row = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(page.items[0])) as? [String: Any])
        XCTAssertEqual(row["id"] as? Int, 1)
        XCTAssertEqual(row["action"] as? String, "system.created")
        XCTAssertEqual(row["target"] as? String, "315602122_smartcloud")
        XCTAssertEqual(row["outcome"] as? String, "ok")
        XCTAssertEqual((row["actor"] as? [String: Any])?["kind"] as? String, "vendor")
        XCTAssertEqual((row["actor"] as? [String: Any])?["org"] as? String, "315602122")
        XCTAssertEqual((row["details"] as? [String: Any])?["x"] as? Int, 1)
        XCTAssertNotNil(Timestamp.parse(try XCTUnwrap(row["at"] as? String)))
    }

    func test_record_rollsBackWithTheChange() throws {
        struct Refused: Error {}
        XCTAssertThrowsError(try database.write { connection in
            try AuditLog.record(connection, actor: .platform(app: "approval"), action: "x.y", target: "t")
            throw Refused()
        })
        XCTAssertTrue(try database.read { try AuditLog.page($0, after: nil, since: nil, limit: 10) }.items.isEmpty)
    }

    func test_page_followsNextCursor_andFiltersBySince() throws {
        let old = Date(timeIntervalSince1970: 1_700_000_000)
        try database.write { connection in
            for index in 0..<5 {
                try AuditLog.record(connection, actor: .operator(command: "import"), action: "import.completed",
                                    target: "t\(index)", at: old.addingTimeInterval(Double(index) * 60))
            }
        }
        let first = try database.read { try AuditLog.page($0, after: nil, since: nil, limit: 2) }
        XCTAssertEqual(first.items.count, 2)
        XCTAssertEqual(first.next, 2)
        let second = try database.read { try AuditLog.page($0, after: first.next, since: nil, limit: 3) }
        XCTAssertEqual(second.items.count, 3)
        XCTAssertNil(second.next)
        let recent = try database.read { try AuditLog.page($0, after: nil, since: old.addingTimeInterval(180), limit: 10) }
        XCTAssertEqual(recent.items.count, 2, "since is inclusive")
    }
}
