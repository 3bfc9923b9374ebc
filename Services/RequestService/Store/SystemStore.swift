import Domain
import JSON
import SQLite

/// Reads of the system register's tables.
struct SystemStore: Sendable {
    let database: Database

    static let columns = """
        system_id, internal_id, vendor_org, name, description, rights, access_packages, client_ids,
        redirect_urls, is_visible, is_deleted
        """

    func system(id: String) throws -> RegisteredSystem? {
        try database.read { try Self.system(id: id, in: $0) }
    }

    /// The non-deleted systems of one vendor, by `systemId` byte order.
    func systems(vendor: String) throws -> [RegisteredSystem] {
        try database.read { connection in
            try connection.query("SELECT \(Self.columns) FROM systems WHERE vendor_org = ? AND is_deleted = 0 "
                                 + "ORDER BY system_id", [vendor]).map(Self.decode)
        }
    }

    /// The public list: visible, non-deleted systems by `systemId`.
    func visibleSystems() throws -> [RegisteredSystem] {
        try database.read { connection in
            try connection.query("SELECT \(Self.columns) FROM systems WHERE is_visible = 1 AND is_deleted = 0 "
                                 + "ORDER BY system_id").map(Self.decode)
        }
    }

    /// The non-deleted system owning a client id (ASCII case ignored).
    func system(clientId: String) throws -> RegisteredSystem? {
        try database.read { connection in
            try connection.queryOne("""
                SELECT s.system_id, s.internal_id, s.vendor_org, s.name, s.description, s.rights, s.access_packages,
                       s.client_ids, s.redirect_urls, s.is_visible, s.is_deleted
                FROM system_client_ids c JOIN systems s ON s.system_id = c.system_id
                WHERE c.client_key = ? AND s.is_deleted = 0
                """, [SystemClientIdRules.key(clientId)]).map(Self.decode)
        }
    }

    static func system(id: String, in connection: Connection) throws -> RegisteredSystem? {
        try connection.queryOne("SELECT \(columns) FROM systems WHERE system_id = ?", [id]).map(decode)
    }

    static func decode(_ row: Row) throws -> RegisteredSystem {
        let rights = try json(row[5] as String).arrayValue?.compactMap { value -> Right? in
            if case .success(let right) = Right.parse(value, path: "") { return right }
            return nil
        } ?? []
        return RegisteredSystem(
            id: try row[0] as String, internalId: try row[1] as String, vendorOrg: try row[2] as String,
            name: LocalizedText(try json(row[3] as String)) ?? LocalizedText(nb: "", nn: "", en: ""),
            description: LocalizedText(try json(row[4] as String)) ?? LocalizedText(nb: "", nn: "", en: ""),
            rights: rights,
            accessPackages: strings(try json(row[6] as String)),
            clientIds: strings(try json(row[7] as String)),
            redirectUrls: strings(try json(row[8] as String)),
            isVisible: (try row[9] as Int64) != 0, isDeleted: (try row[10] as Int64) != 0)
    }

    static func json(_ text: String) throws -> JSONValue { try JSONValue.parse(text) }

    static func strings(_ value: JSONValue) -> [String] { value.arrayValue?.compactMap(\.stringValue) ?? [] }

    static func text(_ value: JSONValue) -> String { String(decoding: value.encoded(), as: UTF8.self) }
}
