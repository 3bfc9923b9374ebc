import ServiceKit
import SQLite

/// The Approval Service's tables (`approval.md` §1): system users, approval records, the outbox and the
/// audit table.
enum ApprovalSchema {
    static let migrations: [Migration] = [
        AuditLog.migration(version: 1),
        Migration(version: 2, name: "system users", sql: """
            CREATE TABLE system_users (
                id TEXT PRIMARY KEY,
                request_id TEXT,
                system_id TEXT NOT NULL,
                supplier_orgno TEXT NOT NULL,
                supplier_name TEXT NOT NULL,
                party_orgno TEXT NOT NULL,
                external_ref TEXT NOT NULL,
                integration_title TEXT NOT NULL,
                user_type TEXT NOT NULL CHECK (user_type IN ('standard', 'agent')),
                rights TEXT NOT NULL,
                access_packages TEXT NOT NULL,
                created TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('creating', 'active', 'deleted')),
                activation_seq INTEGER UNIQUE,
                decided_epoch REAL NOT NULL
            );
            -- At most one non-deleted user per key (approval.md §3.1, Uniqueness).
            CREATE UNIQUE INDEX system_users_key ON system_users (system_id, party_orgno, external_ref)
                WHERE state != 'deleted';
            CREATE INDEX system_users_state ON system_users (state);
            CREATE INDEX system_users_party ON system_users (party_orgno, state);
            CREATE TABLE approvals (
                system_user_id TEXT PRIMARY KEY REFERENCES system_users (id),
                request_id TEXT,
                party_orgno TEXT NOT NULL,
                pid TEXT NOT NULL,
                user_id INTEGER NOT NULL,
                decided_at TEXT NOT NULL
            );
            CREATE TABLE outbox (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                kind TEXT NOT NULL,
                target TEXT NOT NULL,
                created TEXT NOT NULL
            );
            """),
    ]
}
