import ServiceKit
import SQLite

/// The Request Service's tables (`requests.md` §1): the system register, its client ids and change log,
/// and the audit table.
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
    ]
}
