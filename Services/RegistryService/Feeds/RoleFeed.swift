import JSON
import SQLite

/// `GET /oppdateringer/roller`: the change-log items of kind `roller` as CloudEvents, one per roles write.
enum RoleFeed {
    static func run(_ request: RoleFeedRequest, in connection: Connection) throws -> [ChangeFeedItem] {
        var sql = ChangeFeedSQL(kind: .roller)
        if let afterId = request.afterId { sql.addID(">", afterId) }
        if let afterTime = request.afterTime { sql.addTime(">", afterTime) }
        if let fromTime = request.fromTime { sql.addTime(">=", fromTime) }
        var items: [ChangeFeedItem] = []
        try connection.forEachRow("""
            SELECT \(ChangeFeedItem.columns) FROM changes WHERE \(sql.whereSQL) ORDER BY id LIMIT ?
            """, sql.arguments + [request.size]) { items.append(try ChangeFeedItem(row: $0)) }
        return items
    }

    /// The JSON array of CloudEvents; `source` is the enhet's roles on `PUBLIC_URL`.
    static func encoded(_ items: [ChangeFeedItem], href: UnitHref) -> [UInt8] {
        var json = JSONWriter(capacity: 64 + 400 * items.count)
        json.beginArray()
        for item in items {
            json.beginObject()
            json.member("specversion", "1.0")
            json.member("id", String(item.id))
            json.member("source", href.roles(item.organisasjonsnummer))
            json.member("type", "no.brreg.enhetsregisteret.rolle.oppdatert")
            json.member("time", item.at)
            json.member("datacontenttype", "application/json")
            json.key("data")
            json.beginObject()
            json.member("organisasjonsnummer", item.organisasjonsnummer)
            json.endObject()
            json.endObject()
        }
        json.endArray()
        return json.bytes
    }
}
