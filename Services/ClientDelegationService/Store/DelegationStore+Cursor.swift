import SQLite

/// The Registry feed follower's cursor (`delegation.md` §8.1), stored with the changes it covers.
struct FeedCursor: Sendable, Equatable {
    var epoch: String
    var position: Int64
}

extension DelegationStore {
    func cursor() throws -> FeedCursor? {
        try database.read { connection in
            guard let row = try connection.queryOne("SELECT epoch, position FROM feed_cursor WHERE id = 1") else {
                return nil
            }
            return FeedCursor(epoch: try row[0], position: try row[1])
        }
    }

    func saveCursor(_ cursor: FeedCursor, in connection: Connection) throws {
        try connection.execute("""
            INSERT INTO feed_cursor (id, epoch, position) VALUES (1, ?, ?)
            ON CONFLICT (id) DO UPDATE SET epoch = excluded.epoch, position = excluded.position
            """, [cursor.epoch, cursor.position])
    }
}
