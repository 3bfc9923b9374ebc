import Foundation
import JSON
import ServiceKit
import SQLite

extension DelegationStore {
    /// §5.1 step 6: the existing grant (unchanged) or a new one.
    func createGrant(from: String, to: String, toType: ExplicitGrant.RecipientType, package: String,
                     grantedBy: String, actor: AuditActor) throws -> (grant: ExplicitGrant, changed: Bool) {
        try write { connection in
            if let existing = index.grants(from: from, to: to).first(where: { $0.package == package }) {
                return (existing, false)
            }
            let grant = ExplicitGrant(id: UUID().uuidString.lowercased(), from: from, to: to, toType: toType,
                                      package: package, grantedBy: grantedBy, grantedAt: DelegationStore.now())
            try connection.execute("""
                INSERT INTO grants (id, from_org, to_id, to_type, package, granted_by, granted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [grant.id, grant.from, grant.to, grant.toType.rawValue, grant.package, grant.grantedBy,
                      grant.grantedAt])
            try AuditLog.record(connection, actor: actor, action: "grant.created", target: grant.id, details: [
                ("party", .string(from)), ("to", .string(to)), ("package", .string(AccessPackageURN.of(package)))])
            index.put(grant)
            return (grant, true)
        }
    }

    /// §5.2 step 5: deletes the grant and, in the same transaction, runs `afterwards` (the §8.2 marking).
    func revokeGrant(from: String, to: String, package: String, actor: AuditActor,
                     afterwards: (Connection) throws -> Void) throws -> Bool {
        try write { connection in
            guard let grant = index.grants(from: from, to: to).first(where: { $0.package == package }) else {
                return false
            }
            try connection.execute("DELETE FROM grants WHERE id = ?", [grant.id])
            index.removeGrant(id: grant.id, from: from, to: to)
            try AuditLog.record(connection, actor: actor, action: "grant.revoked", target: grant.id, details: [
                ("party", .string(from)), ("to", .string(to)), ("package", .string(AccessPackageURN.of(package)))])
            do {
                try afterwards(connection)
            } catch {
                index.put(grant)  // the transaction rolls back; keep the index in step
                throw error
            }
            return true
        }
    }
}

/// Full URNs from bare package codes.
enum AccessPackageURN {
    static func of(_ code: String) -> String { "urn:altinn:accesspackage:" + code }
}
