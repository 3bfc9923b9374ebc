import Domain
import JSON

/// The rights and packages of a request as the page names them (`approval.md` §9): a package by the
/// catalogue's `nb` or `en` name, a resource by the catalogue's (bokmål) name followed by its id.
enum RequestItems {
    struct Item: Equatable {
        var label: String
        var id: String
        var missing: Bool
    }

    /// Each resource named by the request's rights, once, in order of first appearance.
    static func resources(of request: JSONValue, missing: Set<String>) -> [Item] {
        var seen = Set<String>()
        var items: [Item] = []
        for right in request["rights"]?.arrayValue ?? [] {
            for resource in right["resource"]?.arrayValue ?? [] {
                guard let id = resource["value"]?.stringValue, seen.insert(id).inserted else { continue }
                items.append(Item(label: resourceName(id), id: id, missing: missing.contains(id)))
            }
        }
        return items
    }

    static func packages(of request: JSONValue, missing: Set<String>, language: PageLanguage) -> [Item] {
        (request["accessPackages"]?.arrayValue ?? []).compactMap { element in
            guard let urn = element["urn"]?.stringValue else { return nil }
            return Item(label: packageName(urn, language: language), id: urn, missing: missing.contains(urn))
        }
    }

    static func resourceName(_ id: String) -> String { ResourceCatalogue.resource(id: id)?.name ?? id }

    static func packageName(_ urn: String, language: PageLanguage) -> String {
        guard let package = AccessPackageCatalogue.package(urn: urn) else { return urn }
        return language == .en ? package.name.en : package.name.nb
    }

    /// `<ul>` of items, the lacking ones marked "Mangler" / "Missing"; resources show their id too.
    static func list(_ items: [Item], showId: Bool, text: PageText) -> String {
        guard !items.isEmpty else { return "" }
        var html = "<ul>"
        for item in items {
            html += "<li>" + HTMLText.escape(item.label)
            if showId { html += " <span class=\"id\">(" + HTMLText.escape(item.id) + ")</span>" }
            if item.missing { html += "<span class=\"missing\">" + HTMLText.escape(text.missing) + "</span>" }
            html += "</li>"
        }
        return html + "</ul>"
    }

    static func strings(_ value: JSONValue?) -> Set<String> {
        Set((value?.arrayValue ?? []).compactMap(\.stringValue))
    }
}
