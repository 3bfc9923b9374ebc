import SQLite

/// The outbox of `approval.md` §6.4: remote steps owed after a local commit (request soft-deletes).
extension SystemUserStore {
    struct OutboxEntry: Sendable, Equatable {
        var id: Int64
        var requestId: String
    }

    func outboxEntries() throws -> [OutboxEntry] {
        try database.read { connection in
            try connection.query("SELECT id, target FROM outbox ORDER BY id").map {
                OutboxEntry(id: try $0[0], requestId: try $0[1])
            }
        }
    }

    func outboxEntries(requestId: String) throws -> [OutboxEntry] {
        try outboxEntries().filter { $0.requestId == requestId }
    }

    func removeOutboxEntry(_ id: Int64) throws {
        try database.write { try $0.execute("DELETE FROM outbox WHERE id = ?", [id]) }
    }

    func outboxCount() throws -> Int {
        try database.read { try $0.scalar("SELECT COUNT(*) FROM outbox") ?? 0 }
    }
}
