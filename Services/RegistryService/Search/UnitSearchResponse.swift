import JSON

/// The HAL body of a unit search (`registry.md` §3.4): `_embedded` (absent when the page is empty) with
/// each unit as `GET /enheter/{orgnr}` renders it, then `_links` and `page`.
struct UnitSearchResponse {
    var kind: OrganisationForm.UnitKind
    var result: UnitSearch.Result
    var links: PageLinks
    var rendering: UnitRendering

    var embeddedKey: String { kind == .enhet ? "enheter" : "underenheter" }

    func encoded() -> [UInt8] {
        var json = JSONWriter(capacity: 512 + 1400 * result.units.count)
        json.beginObject()
        if !result.units.isEmpty {
            json.key("_embedded")
            json.beginObject()
            json.key(embeddedKey)
            json.beginArray()
            for unit in result.units { json.raw(rendering.full(unit)) }
            json.endArray()
            json.endObject()
        }
        links.write(into: &json)
        json.endObject()
        return json.bytes
    }
}
