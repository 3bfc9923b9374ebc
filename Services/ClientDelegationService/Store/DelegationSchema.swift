import ServiceKit
import SQLite

/// The service's tables (`delegation.md` intro): published system-user copies, explicit grants, client
/// delegations, the Registry feed cursor, and the audit table.
enum DelegationSchema {
    static let migrations: [Migration] = [
        AuditLog.migration(version: 1),
        Migration(version: 2, name: "delegation tables", sql: """
            CREATE TABLE system_users (
                id TEXT PRIMARY KEY,
                document TEXT,
                is_deleted INTEGER NOT NULL DEFAULT 0,
                deleted_at TEXT
            );
            CREATE TABLE grants (
                id TEXT PRIMARY KEY,
                from_org TEXT NOT NULL,
                to_id TEXT NOT NULL,
                to_type TEXT NOT NULL,
                package TEXT NOT NULL,
                granted_by TEXT NOT NULL,
                granted_at TEXT NOT NULL,
                UNIQUE (from_org, to_id, package)
            );
            CREATE TABLE delegations (
                system_user_id TEXT NOT NULL,
                client TEXT NOT NULL,
                packages TEXT NOT NULL,
                delegated_at TEXT NOT NULL,
                delegated_by TEXT NOT NULL,
                PRIMARY KEY (system_user_id, client)
            );
            CREATE TABLE feed_cursor (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                epoch TEXT NOT NULL,
                position INTEGER NOT NULL
            );
            """),
    ]
}
