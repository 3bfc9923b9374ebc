import JSON

/// The HAL body of a unit feed (`registry.md` §3.7): `_embedded` (absent when the page is empty), then
/// `_links` and `page`. `Fjernet` items have no `_links`.
struct UnitFeedResponse {
    var kind: OrganisationForm.UnitKind
    var result: UnitFeed.Result
    var links: PageLinks
    var href: UnitHref

    func encoded() -> [UInt8] {
        let (embeddedKey, linkKey) = kind == .enhet ? ("oppdaterteEnheter", "enhet")
                                                    : ("oppdaterteUnderenheter", "underenhet")
        var json = JSONWriter(capacity: 512 + 256 * result.items.count)
        json.beginObject()
        if !result.items.isEmpty {
            json.key("_embedded")
            json.beginObject()
            json.key(embeddedKey)
            json.beginArray()
            for item in result.items {
                json.beginObject()
                json.key("oppdateringsid")
                json.int(item.id)
                json.member("dato", item.at)
                json.member("organisasjonsnummer", item.organisasjonsnummer)
                json.member("endringstype", item.endringstype)
                if item.endringstype != Endringstype.fjernet.rawValue {
                    json.key("_links")
                    json.beginObject()
                    json.link(linkKey, href.unit(item.organisasjonsnummer, kind: kind))
                    json.endObject()
                }
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        links.write(into: &json)
        json.endObject()
        return json.bytes
    }
}
