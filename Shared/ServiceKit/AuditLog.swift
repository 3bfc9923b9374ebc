import Foundation
import JSON
import SQLite

/// The audit table every service keeps, written in the same transaction as the change it records.
public enum AuditLog {
    /// The table; a service lists it among its own migrations at the version it chooses.
    public static func migration(version: Int) -> Migration {
        Migration(version: version, name: "audit log", sql: """
            CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                target TEXT NOT NULL,
                outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'refused', 'failed')),
                details TEXT NOT NULL
            );
            CREATE INDEX audit_log_at ON audit_log (at);
            """)
    }

    /// Appends one row inside the caller's write transaction, and returns its id.
    @discardableResult
    public static func record(_ connection: Connection, actor: AuditActor, action: String, target: String,
                              outcome: AuditOutcome = .ok, details: [(String, JSONValue)] = [],
                              at date: Date = Date()) throws -> Int64 {
        try connection.execute(
            "INSERT INTO audit_log (at, actor, action, target, outcome, details) VALUES (?, ?, ?, ?, ?, ?)",
            [Timestamp.rfc3339(date), String(decoding: actor.json.encoded(), as: UTF8.self), action, target,
             outcome.rawValue, String(decoding: JSONValue.object(details).encoded(), as: UTF8.self)])
        return connection.lastInsertRowID
    }

    public struct Page: Sendable {
        public var items: [[UInt8]]
        public var next: Int64?
    }

    /// Rows with `id > after` and `at >= since`, ascending, at most `limit`; each item already JSON.
    public static func page(_ connection: Connection, after: Int64?, since: Date?, limit: Int) throws -> Page {
        var items: [[UInt8]] = []
        var lastId: Int64 = after ?? 0
        var hasMore = false
        // `at` is stored as fixed-width RFC 3339 UTC with milliseconds, so text order is time order.
        try connection.forEachRow("""
            SELECT id, at, actor, action, target, outcome, details FROM audit_log
            WHERE id > ? AND at >= ? ORDER BY id LIMIT ?
            """, [after ?? 0, since.map(Timestamp.rfc3339) ?? "", limit + 1]) { row in
            guard items.count < limit else { hasMore = true; return }
            let id: Int64 = try row[0]
            lastId = id
            var json = JSONWriter(capacity: 256)
            json.beginObject()
            json.member("id", Int(id))
            json.member("at", try row[1] as String)
            json.key("actor"); json.raw(Array((try row[2] as String).utf8))
            json.member("action", try row[3] as String)
            json.member("target", try row[4] as String)
            json.member("outcome", try row[5] as String)
            json.key("details"); json.raw(Array((try row[6] as String).utf8))
            json.endObject()
            items.append(json.bytes)
        }
        return Page(items: items, next: hasMore ? lastId : nil)
    }
}
