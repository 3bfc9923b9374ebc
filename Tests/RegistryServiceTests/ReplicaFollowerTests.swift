@testable import RegistryService
import XCTest

/// The gap rule of the poll loop (`registry.md` §8 step 2): an id that is not position + 1 re-snapshots.
final class ReplicaFollowerTests: XCTestCase {
    func test_follows_isFalse_whenAnIdLeavesAGap() throws {
        func items(_ ids: [Int64]) throws -> [FeedItem] {
            try ids.map { id in
                try FeedItem(["id": .int(id), "at": "2026-01-01T00:00:00.000Z", "kind": "roller",
                              "organisasjonsnummer": "310202398", "endringstype": "Endring",
                              "affectedHolders": [], "state": ["roller": []]])
            }
        }
        XCTAssertTrue(ReplicaFollower.follows(try items([6, 7, 8]), 5))
        XCTAssertTrue(ReplicaFollower.follows([], 5))
        XCTAssertFalse(ReplicaFollower.follows(try items([7]), 5))
        XCTAssertFalse(ReplicaFollower.follows(try items([6, 8]), 5))
    }
}
