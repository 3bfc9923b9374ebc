import Domain
import Foundation
import JSON
import ServiceKit
import SQLite

extension SystemUserStore {
    /// Commit step (a): the user in state `creating`, its approval record and `audit` in one transaction.
    /// The existing id or key is checked inside the (serialized) write transaction.
    func insertCreating(_ user: SystemUser, audit: AuditEntry) throws -> InsertOutcome {
        try database.write { connection in
            if let existing = try Self.user(id: user.id, in: connection) { return .idExists(existing) }
            if try Self.liveUser(key: user.key, in: connection) != nil { return .keyTaken }
            try connection.execute("""
                INSERT INTO system_users (id, request_id, system_id, supplier_orgno, supplier_name, party_orgno,
                    external_ref, integration_title, user_type, rights, access_packages, created, state, decided_epoch)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'creating', ?)
                """, [user.id, user.requestId, user.systemId, user.supplierOrgNo, user.supplierName, user.partyOrgNo,
                      user.externalRef, user.integrationTitle, user.userType.rawValue,
                      Self.text(.array(user.rights.map(\.json))), Self.text(JSONValue(user.accessPackages)),
                      user.created, user.decidedAt.timeIntervalSince1970])
            try connection.execute("""
                INSERT INTO approvals (system_user_id, request_id, party_orgno, pid, user_id, decided_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, [user.id, user.requestId, user.partyOrgNo, user.decider.pid, user.decider.userId, user.created])
            try audit.record(in: connection)
            return .inserted
        }
    }

    /// Step (d): `creating` → `active` with the next activation number. False if it was not `creating`.
    @discardableResult
    func activate(id: String, audit: AuditEntry?) throws -> Bool {
        try database.write { connection in
            let next: Int64 = try connection.scalar("SELECT COALESCE(MAX(activation_seq), 0) + 1 FROM system_users") ?? 1
            try connection.execute("UPDATE system_users SET state = 'active', activation_seq = ? WHERE id = ? AND state = 'creating'",
                                   [next, id])
            guard connection.changes == 1 else { return false }
            try audit?.record(in: connection)
            return true
        }
    }

    /// The abort of step (c), or a delete (§6.3): state `deleted`, the audit row and, for a delete of a
    /// user that came from a request, the outbox entry. False if the user was already deleted.
    @discardableResult
    func markDeleted(id: String, audit: AuditEntry, outboxRequest: String? = nil) throws -> Bool {
        try database.write { connection in
            try connection.execute("UPDATE system_users SET state = 'deleted' WHERE id = ? AND state != 'deleted'", [id])
            guard connection.changes == 1 else { return false }
            try audit.record(in: connection)
            if let outboxRequest {
                try connection.execute("INSERT INTO outbox (kind, target, created) VALUES ('request.delete', ?, ?)",
                                       [outboxRequest, Timestamp.rfc3339(Date())])
            }
            return true
        }
    }

    /// Writes one audit row on its own (refusals).
    func record(_ audit: AuditEntry) throws {
        try database.write { try audit.record(in: $0) }
    }

    static func text(_ value: JSONValue) -> String { String(decoding: value.encoded(), as: UTF8.self) }
}
