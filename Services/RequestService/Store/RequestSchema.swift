import ServiceKit
import SQLite

/// The Request Service's tables (`requests.md` §1): the system register, its client ids and change log,
/// the system-user requests, and the audit table.
enum RequestSchema {
    static let migrations: [Migration] = [
        AuditLog.migration(version: 1),
        Migration(version: 2, name: "system register", sql: """
            CREATE TABLE systems (
                system_id TEXT PRIMARY KEY,
                internal_id TEXT NOT NULL UNIQUE,
                vendor_org TEXT NOT NULL,
                name TEXT NOT NULL,
                description TEXT NOT NULL,
                rights TEXT NOT NULL,
                access_packages TEXT NOT NULL,
                client_ids TEXT NOT NULL,
                redirect_urls TEXT NOT NULL,
                is_visible INTEGER NOT NULL,
                is_deleted INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX systems_vendor ON systems (vendor_org, system_id);
            -- One row per client id of a non-deleted system; the key is the id in ASCII lower case.
            CREATE TABLE system_client_ids (
                client_key TEXT PRIMARY KEY,
                system_id TEXT NOT NULL REFERENCES systems (system_id)
            );
            CREATE INDEX system_client_ids_system ON system_client_ids (system_id);
            CREATE TABLE system_change_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                system_id TEXT NOT NULL,
                changed_by_org TEXT NOT NULL,
                change_type TEXT NOT NULL,
                changed_data TEXT NOT NULL,
                client_id TEXT,
                created TEXT NOT NULL
            );
            CREATE INDEX system_change_log_system ON system_change_log (system_id, id);
            """),
        Migration(version: 3, name: "system-user requests", sql: """
            -- `seq` orders requests by creation (paging, §4.5); `id` is the public UUID.
            CREATE TABLE system_user_requests (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                type TEXT NOT NULL CHECK (type IN ('standard', 'agent')),
                system_id TEXT NOT NULL,
                vendor_org TEXT NOT NULL,
                party_org TEXT NOT NULL,
                external_ref TEXT NOT NULL,
                integration_title TEXT NOT NULL,
                rights TEXT NOT NULL,
                access_packages TEXT NOT NULL,
                status TEXT NOT NULL,
                redirect_url TEXT,
                escalated INTEGER NOT NULL DEFAULT 0,
                escalated_by TEXT,
                escalated_at TEXT,
                decided_by TEXT,
                decided_at TEXT,
                system_user_id TEXT,
                created INTEGER NOT NULL,
                expires INTEGER NOT NULL,
                is_deleted INTEGER NOT NULL DEFAULT 0
            );
            -- At most one live request per type and key (§4.4, Uniqueness).
            CREATE UNIQUE INDEX system_user_requests_live_key
                ON system_user_requests (type, system_id, party_org, external_ref) WHERE is_deleted = 0;
            CREATE INDEX system_user_requests_system ON system_user_requests (system_id, type, seq);
            CREATE INDEX system_user_requests_party ON system_user_requests (party_org, seq);
            """),
    ]
}
