import HTTPServer
import JSON

/// The API root, `/enhetsregisteret/api/` and `/enhetsregisteret/api` (§3.6): links to the collections.
enum APIRootRoutes {
    static func install(_ router: inout Router, _ registry: RegistryContext) {
        let check = PublicRequestCheck(family: .codeList, verifier: registry.verifier)
        let handler: Handler = { _, context in
            let api = UnitHref(publicURL: registry.publicURL).api
            var json = JSONWriter(capacity: 1024)
            json.beginObject()
            json.key("_links")
            json.beginObject()
            for (name, path) in links { json.link(name, api + path) }
            json.endObject()
            json.endObject()
            return .json(json.bytes, contentType: context.publicCaller.contentType)
        }
        router.get("/enhetsregisteret/api", middleware: [check], handler: handler)
        router.get("/enhetsregisteret/api/", middleware: [check], handler: handler)
    }

    static let links = [
        ("enheter", "/enheter"), ("underenheter", "/underenheter"), ("organisasjonsformer", "/organisasjonsformer"),
        ("oppdateringer.enheter", "/oppdateringer/enheter"), ("oppdateringer.underenheter", "/oppdateringer/underenheter"),
        ("oppdateringer.roller", "/oppdateringer/roller"), ("rolletyper", "/roller/rolletyper"),
        ("rollegruppetyper", "/roller/rollegruppetyper"),
    ]
}
