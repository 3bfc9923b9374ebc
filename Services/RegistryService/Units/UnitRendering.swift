import JSON

/// Renders a stored unit in the public shapes (§3.2, §3.3, §4) and as change-log state (§5.6), by
/// splicing `_links` into the stored document's bytes: no JSON parsing or encoding on lookups.
struct UnitRendering: Sendable {
    let href: UnitHref

    init(publicURL: String) {
        href = UnitHref(publicURL: publicURL)
    }

    /// The answer of `GET /enheter/{orgnr}` (resp. `underenheter`) for a stored unit of the right kind.
    func lookup(_ unit: some RenderableUnit) -> (status: Int, body: [UInt8]) {
        switch unit.status {
        case .active: return (200, full(unit))
        case .deleted: return (200, slim(unit))
        case .removed: return (410, removed(unit))
        }
    }

    /// The full unit with `organisasjonsform._links` and `_links` (`self`, `overordnetEnhet`).
    func full(_ unit: some RenderableUnit) -> [UInt8] {
        let body = unit.documentBytes.withUnsafeBufferPointer { document in
            full(document: document, organisasjonsnummer: unit.organisasjonsnummer, kind: unit.kind,
                 parent: unit.parent, formCode: unit.formCode)
        }
        return body ?? slim(unit)
    }

    /// `full` spliced from a stored document lent in place (a column of the current row); nil when the
    /// document has no `organisasjonsform` object to splice into.
    func full(document: UnsafeBufferPointer<UInt8>, organisasjonsnummer: String, kind: OrganisationForm.UnitKind,
              parent: String?, formCode: String) -> [UInt8]? {
        guard let form = JSONMemberScanner.valueRange(of: "organisasjonsform", in: document),
              document[form.upperBound - 1] == UInt8(ascii: "}"),
              let end = document.lastIndex(of: UInt8(ascii: "}")), end >= form.upperBound else { return nil }
        var json = JSONWriter(capacity: document.count + 3 * href.api.utf8.count + 160)
        json.raw(UnsafeBufferPointer(rebasing: document[..<(form.upperBound - 1)]))
        json.raw(Self.linksMember)
        json.beginObject()
        json.link("self", href.form(formCode))
        json.endObject()
        json.raw(UnsafeBufferPointer(rebasing: document[(form.upperBound - 1)..<end]))
        json.raw(Self.linksMember)
        json.beginObject()
        json.link("self", href.unit(organisasjonsnummer, kind: kind))
        if let parent { json.link("overordnetEnhet", href.enhet(parent)) }
        json.endObject()
        json.raw(Self.objectEnd)
        return json.bytes
    }

    private static let linksMember = Array(#","_links":"#.utf8)
    private static let objectEnd = [UInt8(ascii: "}")]

    /// A deleted unit: number, name, form, (`nedleggelsesdato`,) `slettedato`, `_links.self`.
    func slim(_ unit: some RenderableUnit) -> [UInt8] {
        var json = JSONWriter(capacity: 384)
        json.beginObject()
        json.member("organisasjonsnummer", unit.organisasjonsnummer)
        json.member("navn", unit.navn)
        json.key("organisasjonsform")
        json.codeObject(kode: unit.formCode, beskrivelse: unit.formDescriptionText, href: href.form(unit.formCode))
        if unit.kind == .underenhet, let date = unit.nedleggelsesdato { json.member("nedleggelsesdato", date) }
        if let date = unit.slettedato { json.member("slettedato", date) }
        json.selfLinks(href.unit(unit.organisasjonsnummer, kind: unit.kind))
        json.endObject()
        return json.bytes
    }

    /// A removed unit: `{organisasjonsnummer, slettedato, _links: {self}}` (the 410 body).
    func removed(_ unit: some RenderableUnit) -> [UInt8] {
        var json = JSONWriter(capacity: 192)
        json.beginObject()
        json.member("organisasjonsnummer", unit.organisasjonsnummer)
        if let date = unit.slettedato { json.member("slettedato", date) }
        json.selfLinks(href.unit(unit.organisasjonsnummer, kind: unit.kind))
        json.endObject()
        return json.bytes
    }

    /// The change-log state of a unit item: the stored document plus `slettedato` (deleted and removed)
    /// and `status`.
    static func state(_ unit: UnitRow) -> [UInt8] {
        var document = Array(unit.document.utf8)
        guard let end = document.lastIndex(of: UInt8(ascii: "}")) else { return document }
        document.removeSubrange(end...)
        var tail = JSONWriter(capacity: 64)
        tail.beginObject()
        if unit.status != .active, let date = unit.slettedato { tail.member("slettedato", date) }
        tail.member("status", unit.status.rawValue)
        tail.endObject()
        let separator: [UInt8] = document.count > 1 ? [UInt8(ascii: ",")] : []
        return document + separator + tail.bytes.dropFirst()
    }
}
