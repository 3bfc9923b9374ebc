import SQLite

/// Runs a unit search in one read transaction: the count, the page's rowids, then their rows.
enum UnitSearch {
    struct Result: Sendable {
        var totalElements: Int
        var units: [UnitRow]
    }

    static func run(_ request: UnitSearchRequest, in connection: Connection,
                    counts: SearchCountCache? = nil) throws -> Result {
        let sql = UnitSearchSQL(request.filter)
        let count = sql.count
        let countQuery = { try connection.scalar(count.sql, count.arguments, as: Int.self) ?? 0 }
        let total = try counts?.count(sql: count.sql, arguments: count.arguments, in: connection, countQuery)
            ?? countQuery()
        let page = request.page
        guard page.offset < total else { return Result(totalElements: total, units: []) }
        var ids: [Int64] = []
        ids.reserveCapacity(min(page.size, total - page.offset))
        let pageQuery = sql.page(request.sort, page)
        try connection.forEachRow(pageQuery.sql, pageQuery.arguments) { row in
            ids.append(try row[0])
        }
        return Result(totalElements: total, units: try fetch(ids, in: connection))
    }

    /// The units with these rowids, in the order given.
    static func fetch(_ ids: [Int64], in connection: Connection) throws -> [UnitRow] {
        var byID: [Int64: UnitRow] = [:]
        byID.reserveCapacity(ids.count)
        try connection.forEachRow("""
            SELECT \(UnitRow.columns) FROM units WHERE rowid IN (SELECT value FROM json_each(?))
            """, [UnitSearchSQL.jsonArray(ids)]) { row in
            let unit = try UnitRow(row: row)
            if let rowid = UnitRowid.of(unit.organisasjonsnummer, kind: unit.kind) { byID[rowid] = unit }
        }
        return ids.compactMap { byID[$0] }
    }
}
