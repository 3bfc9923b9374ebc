import HTTPServer
import JSON

/// The code lists of §3.6: organisation forms, role types and role groups, each a list and a
/// `/{kode}` lookup, with self links.
enum CodeListRoutes {
    /// One published list: its path under the API, its `_embedded` key and how an entry's href is built.
    private struct CodeList: Sendable {
        let path: String
        let key: String
        let entries: [CodeEntry]
        let href: @Sendable (UnitHref, String) -> String
    }

    private struct CodeEntry: Sendable {
        let code: String
        let description: String
    }

    static func install(_ router: inout Router, _ registry: RegistryContext) {
        let forms = OrganisationForm.all.sorted { $0.code < $1.code }
        let formEntries = { (kinds: Set<OrganisationForm.UnitKind>) in
            forms.filter { kinds.contains($0.kind) }.map { CodeEntry(code: $0.code, description: $0.description) }
        }
        let formHref: @Sendable (UnitHref, String) -> String = { $0.form($1) }
        let lists = [
            CodeList(path: "/organisasjonsformer", key: "organisasjonsformer", entries: formEntries([.enhet, .underenhet]),
                     href: formHref),
            CodeList(path: "/organisasjonsformer/enheter", key: "organisasjonsformer", entries: formEntries([.enhet]),
                     href: formHref),
            CodeList(path: "/organisasjonsformer/underenheter", key: "organisasjonsformer",
                     entries: formEntries([.underenhet]), href: formHref),
            CodeList(path: "/roller/rolletyper", key: "rolletyper",
                     entries: RoleType.all.sorted { $0.code < $1.code }.map { CodeEntry(code: $0.code, description: $0.description) },
                     href: { $0.roleType($1) }),
            CodeList(path: "/roller/rollegruppetyper", key: "rollegruppetyper",
                     entries: RoleGroup.all.map { CodeEntry(code: $0.code, description: $0.description) },
                     href: { $0.roleGroup($1) }),
        ]
        let check = PublicRequestCheck(family: .codeList, verifier: registry.verifier)
        for list in lists { installList(list, &router, registry, check) }
        // `/organisasjonsformer/{kode}` looks up every form; the two filtered lists above are literal paths.
        for list in [lists[0], lists[3], lists[4]] { installEntry(list, &router, registry, check) }
    }

    private static func installList(_ list: CodeList, _ router: inout Router, _ registry: RegistryContext,
                                    _ check: PublicRequestCheck) {
        router.get("/enhetsregisteret/api" + list.path, middleware: [check]) { _, context in
            let href = UnitHref(publicURL: registry.publicURL)
            var json = JSONWriter(capacity: 128 * list.entries.count + 256)
            json.beginObject()
            json.key("_embedded")
            json.beginObject()
            json.key(list.key)
            json.beginArray()
            for entry in list.entries {
                json.codeObject(kode: entry.code, beskrivelse: entry.description, href: list.href(href, entry.code))
            }
            json.endArray()
            json.endObject()
            json.selfLinks(href.api + list.path)
            json.endObject()
            return .json(json.bytes, contentType: context.publicCaller.contentType)
        }
    }

    private static func installEntry(_ list: CodeList, _ router: inout Router, _ registry: RegistryContext,
                                     _ check: PublicRequestCheck) {
        router.get("/enhetsregisteret/api" + list.path + "/{kode}", middleware: [check]) { _, context in
            let code = context.parameter("kode")
            guard let entry = list.entries.first(where: { $0.code == code }) else { throw EnhetsregisteretError.notFound }
            var json = JSONWriter(capacity: 256)
            json.codeObject(kode: entry.code, beskrivelse: entry.description,
                            href: list.href(UnitHref(publicURL: registry.publicURL), entry.code))
            return .json(json.bytes, contentType: context.publicCaller.contentType)
        }
    }
}
