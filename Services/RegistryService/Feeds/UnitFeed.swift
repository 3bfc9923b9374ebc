import SQLite

/// Reads one page of a unit feed in one read transaction.
enum UnitFeed {
    struct Result: Sendable {
        var totalElements: Int
        var items: [ChangeFeedItem]
    }

    static func run(_ request: UnitFeedRequest, in connection: Connection) throws -> Result {
        var sql = ChangeFeedSQL(kind: ChangeKind(request.kind), organizationNumbers: request.organizationNumbers)
        if let fromId = request.fromId { sql.addID(">=", fromId) }
        if let fromTime = request.fromTime { sql.addTime(">=", fromTime) }
        let total = try connection.scalar("SELECT count(*) FROM changes WHERE \(sql.whereSQL)", sql.arguments,
                                          as: Int.self) ?? 0
        let page = request.page
        guard page.offset < total else { return Result(totalElements: total, items: []) }
        var items: [ChangeFeedItem] = []
        try connection.forEachRow("""
            SELECT \(ChangeFeedItem.columns) FROM changes WHERE \(sql.whereSQL) ORDER BY id LIMIT ? OFFSET ?
            """, sql.arguments + [page.size, page.offset]) { items.append(try ChangeFeedItem(row: $0)) }
        return Result(totalElements: total, items: items)
    }
}
