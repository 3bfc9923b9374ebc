import JSON

/// The HAL `_links` and `page` members of a paged public list (`registry.md` §3.4, §3.7): `self` is the request
/// target as received; `first`, `prev`, `next` and `last` keep the other parameters as sent and append
/// `page=<n>&size=<size>`.
struct PageLinks: Sendable {
    var publicURL: String
    /// The request path as received (still percent-encoded).
    var path: String
    /// The raw query, or nil when the target had no `?`.
    var rawQuery: String?
    var request: PageRequest
    var totalElements: Int

    var totalPages: Int { request.totalPages(totalElements) }

    var selfHref: String {
        publicURL + path + (rawQuery.map { "?" + $0 } ?? "")
    }

    func href(page: Int) -> String {
        let kept = PublicQuery(rawQuery).rawPairs(excluding: ["page", "size"]).map(String.init)
        let pairs = kept + ["page=\(page)", "size=\(request.size)"]
        return publicURL + path + "?" + pairs.joined(separator: "&")
    }

    /// The links in the order `first`, `prev`, `self`, `next`, `last`, as present.
    var links: [(String, String)] {
        let page = request.page
        let pages = totalPages
        guard totalElements > 0 else { return [("self", selfHref)] }
        var links = [("first", href(page: 0))]
        if page >= 1 && page <= pages - 1 { links.append(("prev", href(page: page - 1))) }
        links.append(("self", selfHref))
        if page < pages - 1 && request.isWithinDepth(page: page + 1) { links.append(("next", href(page: page + 1))) }
        links.append(("last", href(page: pages - 1)))
        return links
    }

    /// Writes `"_links": {...}, "page": {...}` into the open object.
    func write(into json: inout JSONWriter) {
        json.key("_links")
        json.beginObject()
        for (name, href) in links { json.link(name, href) }
        json.endObject()
        json.key("page")
        json.beginObject()
        json.member("size", request.size)
        json.member("totalElements", totalElements)
        json.member("totalPages", totalPages)
        json.member("number", request.page)
        json.endObject()
    }
}
