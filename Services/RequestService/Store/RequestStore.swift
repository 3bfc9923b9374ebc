import Domain
import JSON
import SQLite

/// Reads of the `system_user_requests` table (`requests.md` §4).
struct RequestStore: Sendable {
    let database: Database

    static let columns = """
        seq, id, type, system_id, vendor_org, party_org, external_ref, integration_title, rights, access_packages,
        status, redirect_url, escalated, escalated_by, escalated_at, decided_by, decided_at, system_user_id,
        created, expires, is_deleted
        """

    /// Any request, deleted ones included.
    func request(id: String) throws -> SystemUserRequest? {
        try database.read { try Self.request(id: id, in: $0) }
    }

    /// The live (not deleted) request of `type` with `key`.
    func liveRequest(_ type: RequestType, key: RequestKey) throws -> SystemUserRequest? {
        try database.read { try Self.liveRequest(type, key: key, in: $0) }
    }

    /// Up to `limit` live requests of a system and type after sequence number `after`, oldest first, and
    /// whether more follow.
    func page(_ type: RequestType, systemId: String, after: Int64, limit: Int) throws -> (items: [SystemUserRequest], more: Bool) {
        let rows = try database.read { connection in
            try connection.query("""
                SELECT \(Self.columns) FROM system_user_requests
                WHERE system_id = ? AND type = ? AND is_deleted = 0 AND seq > ? ORDER BY seq LIMIT ?
                """, [systemId, type.rawValue, after, limit + 1]).map(Self.decode)
        }
        return (Array(rows.prefix(limit)), rows.count > limit)
    }

    /// The live requests of a party, oldest first, optionally of one type and escalation flag.
    func requests(party: String, type: RequestType?, escalated: Bool?) throws -> [SystemUserRequest] {
        var sql = "SELECT \(Self.columns) FROM system_user_requests WHERE party_org = ? AND is_deleted = 0"
        var arguments: SQLiteArguments = [party]
        if let type {
            sql += " AND type = ?"
            arguments.append(type.rawValue)
        }
        if let escalated {
            sql += " AND escalated = ?"
            arguments.append(escalated ? 1 : 0)
        }
        sql += " ORDER BY seq"
        let query = sql
        let bound = arguments
        return try database.read { try $0.query(query, bound).map(Self.decode) }
    }

    static func request(id: String, in connection: Connection) throws -> SystemUserRequest? {
        try connection.queryOne("SELECT \(columns) FROM system_user_requests WHERE id = ?", [id]).map(decode)
    }

    static func liveRequest(_ type: RequestType, key: RequestKey, in connection: Connection) throws -> SystemUserRequest? {
        try connection.queryOne("""
            SELECT \(columns) FROM system_user_requests
            WHERE type = ? AND system_id = ? AND party_org = ? AND external_ref = ? AND is_deleted = 0
            """, [type.rawValue, key.systemId, key.partyOrgNo, key.externalRef]).map(decode)
    }

    static func decode(_ row: Row) throws -> SystemUserRequest {
        let rights = try SystemStore.json(row[8] as String).arrayValue?.compactMap { value -> Right? in
            if case .success(let right) = Right.parse(value, path: "") { return right }
            return nil
        } ?? []
        return SystemUserRequest(
            sequence: try row[0], id: try row[1], type: RequestType(rawValue: try row[2]) ?? .standard,
            systemId: try row[3], vendorOrg: try row[4], partyOrgNo: try row[5], externalRef: try row[6],
            integrationTitle: try row[7], rights: rights,
            accessPackages: SystemStore.strings(try SystemStore.json(row[9] as String)),
            storedStatus: RequestStatus(rawValue: try row[10]) ?? .new, redirectUrl: try row[11],
            escalated: (try row[12] as Int64) != 0,
            escalatedBy: PersonReference(stored: try (row[13] as String?).map(SystemStore.json)),
            escalatedAt: try row[14],
            decidedBy: PersonReference(stored: try (row[15] as String?).map(SystemStore.json)),
            decidedAt: try row[16], systemUserId: try row[17], created: try row[18], expires: try row[19],
            isDeleted: (try row[20] as Int64) != 0)
    }
}
