import Domain
import Foundation
import JSON
import SQLite

/// The system users and approval records of this service's database (`approval.md` §3).
struct SystemUserStore: Sendable {
    let database: Database

    static let columns = """
        u.id, u.request_id, u.system_id, u.supplier_orgno, u.supplier_name, u.party_orgno, u.external_ref,
        u.integration_title, u.user_type, u.rights, u.access_packages, u.created, u.state, u.activation_seq,
        u.decided_epoch, a.pid, a.user_id
        """
    static let select = "SELECT \(columns) FROM system_users u LEFT JOIN approvals a ON a.system_user_id = u.id"

    func user(id: String) throws -> SystemUser? {
        try database.read { try Self.user(id: id, in: $0) }
    }

    static func user(id: String, in connection: Connection) throws -> SystemUser? {
        try connection.queryOne(select + " WHERE u.id = ?", [id.lowercased()]).map(Self.decode)
    }

    /// The non-deleted (`creating` or `active`) user with `key`.
    func liveUser(key: SystemUserKey) throws -> SystemUser? {
        try database.read { try Self.liveUser(key: key, in: $0) }
    }

    static func liveUser(key: SystemUserKey, in connection: Connection) throws -> SystemUser? {
        try connection.queryOne(select + """
             WHERE u.system_id = ? AND u.party_orgno = ? AND u.external_ref = ? AND u.state != 'deleted'
            """, [key.systemId, key.partyOrgNo, key.externalRef]).map(Self.decode)
    }

    /// Active users of a party of one type, oldest first.
    func activeUsers(party: String, type: SystemUserType) throws -> [SystemUser] {
        try database.read { connection in
            try connection.query(Self.select + """
                 WHERE u.party_orgno = ? AND u.user_type = ? AND u.state = 'active' ORDER BY u.activation_seq
                """, [party, type.rawValue]).map(Self.decode)
        }
    }

    /// Active users of a system after activation number `after`, at most `limit`.
    func activeUsers(system: String, after: Int64, limit: Int) throws -> [SystemUser] {
        try database.read { connection in
            try connection.query(Self.select + """
                 WHERE u.system_id = ? AND u.state = 'active' AND u.activation_seq > ?
                 ORDER BY u.activation_seq LIMIT ?
                """, [system, after, limit]).map(Self.decode)
        }
    }

    /// Users in state `creating` decided at or before `olderThan` (nil: all).
    func creatingUsers(decidedBefore cutoff: Date?) throws -> [SystemUser] {
        try database.read { connection in
            try connection.query(Self.select + " WHERE u.state = 'creating' AND u.decided_epoch <= ? ORDER BY u.decided_epoch",
                                 [(cutoff ?? .distantFuture).timeIntervalSince1970]).map(Self.decode)
        }
    }

    func count(state: SystemUserState) throws -> Int {
        try database.read { try $0.scalar("SELECT COUNT(*) FROM system_users WHERE state = ?", [state.rawValue]) ?? 0 }
    }

    static func decode(_ row: Row) throws -> SystemUser {
        let rightsText: String = try row[9]
        let packagesText: String = try row[10]
        let rights = (try? JSONValue.parse(rightsText)).flatMap { try? Right.parseList($0, path: "").get() } ?? []
        let packages = (try? JSONValue.parse(packagesText))?.arrayValue?.compactMap(\.stringValue) ?? []
        let userTypeText: String = try row[8]
        let stateText: String = try row[12]
        let pid: String? = try row[15]
        let userId: Int64? = try row[16]
        return SystemUser(
            id: try row[0], requestId: try row[1], systemId: try row[2], supplierOrgNo: try row[3],
            supplierName: try row[4], partyOrgNo: try row[5], externalRef: try row[6], integrationTitle: try row[7],
            userType: SystemUserType(rawValue: userTypeText) ?? .standard, rights: rights, accessPackages: packages,
            created: try row[11], state: SystemUserState(rawValue: stateText) ?? .deleted,
            activationSequence: try row[13], decidedAt: Date(timeIntervalSince1970: try row[14]),
            decider: Decider(pid: pid ?? "", userId: userId ?? 0))
    }
}
