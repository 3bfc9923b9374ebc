import JSON

extension JSONWriter {
    /// `"name": {"href": "<href>"}`, the HAL link shape.
    mutating func link(_ name: String, _ href: String) {
        key(name)
        beginObject()
        member("href", href)
        endObject()
    }

    /// `"_links": {"self": {"href": "<href>"}}`.
    mutating func selfLinks(_ href: String) {
        key("_links")
        beginObject()
        link("self", href)
        endObject()
    }

    /// `{kode, beskrivelse, _links: {self}}`, the public shape of a code-list entry; without `_links`
    /// when `href` is nil (bulk downloads).
    mutating func codeObject(kode: String, beskrivelse: String, href: String?) {
        beginObject()
        member("kode", kode)
        member("beskrivelse", beskrivelse)
        if let href { selfLinks(href) }
        endObject()
    }
}
