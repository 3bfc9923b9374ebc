import HTTPServer
import JSON
import ServiceKit

/// `GET /internal/feed?after=<id>&size=<n>` (§5.6): one page of the change log, read in one
/// transaction with the epoch and position.
enum InternalFeedRoutes {
    static func install(_ router: inout Router, _ registry: RegistryContext) {
        router.get("/internal/feed", middleware: registry.internalJSON) { request, _ in
            let (after, size) = try parameters(request.queryParameters)
            let (epoch, position, items) = try registry.database.read { connection in
                (try ChangeLog.epoch(connection), try ChangeLog.position(connection),
                 try ChangeLog.items(connection, after: after, limit: size))
            }
            var json = JSONWriter(capacity: 256 + 512 * items.count)
            json.beginObject()
            json.member("epoch", epoch)
            json.key("position"); json.int(position)
            json.key("items")
            json.beginArray()
            for item in items { write(item, into: &json) }
            json.endArray()
            json.member("next", "\(registry.publicURL)/internal/feed?after=\(items.last?.id ?? after)&size=\(size)")
            json.endObject()
            return InternalAnswer.json(json.bytes, position: position)
        }
    }

    static func write(_ item: ChangeRecord, into json: inout JSONWriter) {
        json.beginObject()
        json.key("id"); json.int(item.id)
        json.member("at", item.at)
        json.member("kind", item.kind)
        json.member("organisasjonsnummer", item.organisasjonsnummer)
        json.member("endringstype", item.endringstype)
        json.key("affectedHolders"); json.raw(Array(item.affectedHolders.utf8))
        json.key("state"); json.raw(Array(item.state.utf8))
        json.endObject()
    }

    /// `after` an integer ≥ 0 (default 0); `size` 1–1000 (default 500); else `STD.VLD-00006`.
    static func parameters(_ query: QueryParameters) throws -> (Int64, Int) {
        var failures = ValidationFailures()
        var after: Int64 = 0
        var size = 500
        if let text = query["after"], !text.isEmpty {
            if let value = Int64(text), value >= 0 { after = value } else {
                failures.add(.invalidValue(path: "?after", detail: "after must be an integer ≥ 0."))
            }
        }
        if let text = query["size"], !text.isEmpty {
            if let value = Int(text), (1...1000).contains(value) { size = value } else {
                failures.add(.invalidValue(path: "?size", detail: "size must be an integer from 1 to 1000."))
            }
        }
        try failures.check()
        return (after, size)
    }
}
