import JSON
import ServiceKit
import SQLite

extension DelegationStore {
    enum PublishOutcome { case changed, unchanged, deleted }

    /// §4 PUT: insert or replace the copy; unchanged when equal; refused when the id was deleted.
    func publish(_ user: SystemUserCopy, actor: AuditActor) throws -> PublishOutcome {
        try write { connection in
            if let stored = index.user(user.id) {
                if stored.isDeleted { return .deleted }
                if stored == user { return .unchanged }
            }
            let document = String(decoding: user.document.encoded(), as: UTF8.self)
            try connection.execute("""
                INSERT INTO system_users (id, document, is_deleted) VALUES (?, ?, 0)
                ON CONFLICT (id) DO UPDATE SET document = excluded.document
                """, [user.id, document])
            try AuditLog.record(connection, actor: actor, action: "systemuser.published", target: user.id,
                                details: [("party", .string(user.reporteeOrgNo)), ("userType", .string(user.userType.rawValue))])
            index.put(user)
            return .changed
        }
    }

    /// §4 DELETE: marks the user deleted (a tombstone if never published) and removes all its delegations.
    func deleteUser(id: String, actor: AuditActor) throws -> (removed: Int, changed: Bool) {
        try write { connection in
            if let stored = index.user(id), stored.isDeleted { return (0, false) }
            let at = DelegationStore.now()
            var user = index.user(id) ?? SystemUserCopy.tombstone(id: id, deletedAt: at)
            user.isDeleted = true
            user.deletedAt = at
            try connection.execute("""
                INSERT INTO system_users (id, document, is_deleted, deleted_at) VALUES (?, NULL, 1, ?)
                ON CONFLICT (id) DO UPDATE SET is_deleted = 1, deleted_at = excluded.deleted_at
                """, [id, at])
            let delegations = index.delegations(ofUser: id).sorted { $0.client < $1.client }
            var details: [(String, JSONValue)] = user.isTombstone ? [] : [("party", .string(user.reporteeOrgNo))]
            details.append(("removedClientDelegations", .int(Int64(delegations.count))))
            try AuditLog.record(connection, actor: actor, action: "systemuser.deleted", target: id, details: details)
            for delegation in delegations {
                try deleteDelegation(user: id, client: delegation.client, in: connection)
                try AuditLog.record(connection, actor: actor, action: "client.removed", target: id, details: [
                    ("party", .string(user.reporteeOrgNo)), ("client", .string(delegation.client)),
                    ("reason", "system-user-deleted")])
            }
            index.put(user)
            return (delegations.count, true)
        }
    }
}
