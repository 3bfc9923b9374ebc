import Foundation
import JSON
import ServiceKit
import SQLite

/// The service's SQLite tables and the in-memory index kept in step with them.
struct DelegationStore: Sendable {
    let database: Database
    let index: DelegationIndex

    /// Opens the index from the tables.
    init(database: Database) throws {
        self.database = database
        index = DelegationIndex()
        try load()
    }

    private func load() throws {
        try database.read { connection in
            try connection.forEachRow("SELECT id, document, is_deleted, deleted_at FROM system_users") { row in
                let id: String = try row[0]
                let deletedAt: String? = try row[3]
                let isDeleted: Int = try row[2]
                let document: String? = try row[1]
                if let document, let value = try? JSONValue.parse(Array(document.utf8)),
                   var user = SystemUserCopy(document: value) {
                    user.isDeleted = isDeleted != 0
                    user.deletedAt = deletedAt
                    index.put(user)
                } else {
                    index.put(SystemUserCopy.tombstone(id: id, deletedAt: deletedAt ?? ""))
                }
            }
            try connection.forEachRow(
                "SELECT system_user_id, client, packages, delegated_at, delegated_by FROM delegations") { row in
                index.put(ClientDelegation(systemUserId: try row[0], client: try row[1],
                                           packages: ClientDelegation.packages(fromJSON: try row[2]),
                                           delegatedAt: try row[3], delegatedBy: try row[4]))
            }
            try connection.forEachRow("""
                SELECT id, from_org, to_id, to_type, package, granted_by, granted_at FROM grants
                ORDER BY granted_at, id
                """) { row in
                let type = ExplicitGrant.RecipientType(rawValue: try row[3]) ?? .person
                index.put(ExplicitGrant(id: try row[0], from: try row[1], to: try row[2], toType: type,
                                        package: try row[4], grantedBy: try row[5], grantedAt: try row[6]))
            }
        }
    }

    /// Re-reads every delegation into the index (after a rolled-back transaction that changed it).
    func reloadDelegations() throws {
        let delegations = try database.read { connection in
            try connection.query("SELECT system_user_id, client, packages, delegated_at, delegated_by FROM delegations")
                .map { row in
                    ClientDelegation(systemUserId: try row[0], client: try row[1],
                                     packages: ClientDelegation.packages(fromJSON: try row[2]),
                                     delegatedAt: try row[3], delegatedBy: try row[4])
                }
        }
        index.replaceDelegations(delegations)
    }

    /// Runs `body` in one write transaction (changes to the index happen inside it).
    func write<T>(_ body: (Connection) throws -> T) throws -> T { try database.write(body) }

    static func now() -> String { Timestamp.rfc3339(Date()) }
}
