import Foundation
import Domain
import JSON
import ServiceKit
import SQLite

extension SystemStore {
    /// Inserts a new system; the validator runs inside the transaction so that uniqueness holds.
    func create(_ body: JSONValue, vendorOrg: String, change: SystemChange) throws -> String {
        try database.write { connection in
            let validator = SystemValidator(
                isIdTaken: { id in try Self.system(id: id, in: connection) != nil },
                isClientIdTaken: { try Self.clientIdOwner($0, in: connection) != nil })
            let draft = try validator.validate(body, vendorOrg: vendorOrg)
            let internalId = UUID().uuidString.lowercased()
            do {
                try connection.execute("""
                    INSERT INTO systems (system_id, internal_id, vendor_org, name, description, rights, access_packages,
                        client_ids, redirect_urls, is_visible) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, [draft.id, internalId, draft.vendorOrg] + Self.contentArguments(draft))
            } catch let error as SQLiteError where error.isUniqueViolation {
                throw SystemFailures.single(.id, "AUTH.VLD-00002", detail: "The system id already exists.")
            }
            try Self.replaceClientIds(draft.clientIds, of: draft.id, in: connection)
            try Self.log(.create, systemId: draft.id, change: change, in: connection)
            return internalId
        }
    }

    /// Replaces a system's content (`PUT vendor/{systemId}`); the caller checked the lone-error steps.
    func update(_ body: JSONValue, system: RegisteredSystem, change: SystemChange) throws {
        try database.write { connection in
            let validator = SystemValidator(
                isIdTaken: nil,
                isClientIdTaken: { id in
                    guard let owner = try Self.clientIdOwner(id, in: connection) else { return false }
                    return owner != system.id
                })
            let draft = try validator.validate(body, vendorOrg: system.vendorOrg)
            try connection.execute("""
                UPDATE systems SET name = ?, description = ?, rights = ?, access_packages = ?, client_ids = ?,
                    redirect_urls = ?, is_visible = ? WHERE system_id = ?
                """, Self.contentArguments(draft) + [system.id])
            try Self.replaceClientIds(draft.clientIds, of: system.id, in: connection)
            try Self.log(.update, systemId: system.id, change: change, in: connection)
        }
    }

    func updateRights(_ rights: [Right], of systemId: String, change: SystemChange) throws {
        try database.write { connection in
            try connection.execute("UPDATE systems SET rights = ? WHERE system_id = ?",
                                   [Self.text(.array(rights.map(\.json))), systemId])
            try Self.log(.rightsupdate, systemId: systemId, change: change, in: connection)
        }
    }

    func updatePackages(_ urns: [String], of systemId: String, change: SystemChange) throws {
        try database.write { connection in
            try connection.execute("UPDATE systems SET access_packages = ? WHERE system_id = ?",
                                   [Self.text(Self.packagesJSON(urns)), systemId])
            try Self.log(.accesspackageupdate, systemId: systemId, change: change, in: connection)
        }
    }

    /// Soft delete: marks the system and frees its client ids. Returns false when it was already deleted.
    @discardableResult
    func delete(_ systemId: String, change: SystemChange) throws -> Bool {
        try database.write { connection in
            try connection.execute("UPDATE systems SET is_deleted = 1 WHERE system_id = ? AND is_deleted = 0", [systemId])
            guard connection.changes > 0 else { return false }
            try connection.execute("DELETE FROM system_client_ids WHERE system_id = ?", [systemId])
            try Self.log(.delete, systemId: systemId, change: change, in: connection)
            return true
        }
    }

    static func clientIdOwner(_ clientId: String, in connection: Connection) throws -> String? {
        try connection.scalar("SELECT system_id FROM system_client_ids WHERE client_key = ?",
                              [SystemClientIdRules.key(clientId)])
    }

    private static func replaceClientIds(_ ids: [String], of systemId: String, in connection: Connection) throws {
        try connection.execute("DELETE FROM system_client_ids WHERE system_id = ?", [systemId])
        for id in ids {
            do {
                try connection.execute("INSERT INTO system_client_ids (client_key, system_id) VALUES (?, ?)",
                                       [SystemClientIdRules.key(id), systemId])
            } catch let error as SQLiteError where error.isUniqueViolation {
                var failures = SystemFailures()
                failures.add(.clientId, "AUTH.VLD-00004", detail: "A client id is used by another system.", values: [id])
                try failures.check()
            }
        }
    }

    private static func contentArguments(_ draft: SystemDraft) -> SQLiteArguments {
        [text(draft.name.json), text(draft.description.json), text(.array(draft.rights.map(\.json))),
         text(packagesJSON(draft.accessPackages)), text(JSONValue(draft.clientIds)),
         text(JSONValue(draft.redirectUrls)), draft.isVisible ? 1 : 0]
    }

    static func packagesJSON(_ urns: [String]) -> JSONValue { JSONValue(urns) }

    private static func log(_ kind: SystemChange.Kind, systemId: String, change: SystemChange,
                            in connection: Connection) throws {
        try connection.execute("""
            INSERT INTO system_change_log (system_id, changed_by_org, change_type, changed_data, client_id, created)
            VALUES (?, ?, ?, ?, ?, ?)
            """, [systemId, change.organization, kind.rawValue, text(change.changedData), change.clientId,
                  WholeSecondTime.now()])
        try AuditLog.record(connection, actor: change.actor, action: kind.auditAction, target: systemId,
                            details: [("changeType", .string(kind.rawValue))])
    }
}
