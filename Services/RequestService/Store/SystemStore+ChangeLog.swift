import JSON
import SQLite

extension SystemStore {
    /// The change log of one system, oldest first (`requests.md` §3.2).
    func changeLog(of systemId: String) throws -> JSONValue {
        try database.read { connection in
            let rows = try connection.query("""
                SELECT system_id, changed_by_org, change_type, changed_data, client_id, created
                FROM system_change_log WHERE system_id = ? ORDER BY id
                """, [systemId])
            return .array(try rows.map { row in
                var members: [(String, JSONValue)] = [
                    ("systemId", .string(try row[0] as String)),
                    ("changedByOrgNumber", .string(try row[1] as String)),
                    ("changeType", .string(try row[2] as String)),
                    ("changedData", try Self.json(row[3] as String)),
                ]
                if let clientId = try row[4] as String? { members.append(("clientId", .string(clientId))) }
                members.append(("created", .string(try row[5] as String)))
                return .object(members)
            })
        }
    }
}
