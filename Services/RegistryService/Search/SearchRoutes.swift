import HTTPServer

/// `GET /enhetsregisteret/api/enheter` and `/underenheter` (`registry.md` §3.4), behind the same public
/// checks as the lookups (token, then `Accept`); parameters are checked next (400), then the search runs
/// in one read transaction.
enum SearchRoutes {
    static func install(_ router: inout Router, _ registry: RegistryContext) {
        let counts = SearchCountCache()
        for (kind, segment, family) in [(OrganisationForm.UnitKind.enhet, "enheter", PublicMediaType.enhet),
                                         (.underenhet, "underenheter", .underenhet)] {
            let check = PublicRequestCheck(family: family, verifier: registry.verifier)
            router.get("/enhetsregisteret/api/\(segment)", middleware: [check]) { request, context in
                try search(request, context, kind: kind, registry: registry, counts: counts)
            }
        }
    }

    private static func search(_ request: HTTPRequest, _ context: RequestContext, kind: OrganisationForm.UnitKind,
                               registry: RegistryContext, counts: SearchCountCache) throws -> HTTPResponse {
        let searchRequest = try UnitSearchRequest.parse(PublicQuery(request.query), kind: kind)
        let result = try registry.database.read { try UnitSearch.run(searchRequest, in: $0, counts: counts) }
        let links = PageLinks(publicURL: registry.publicURL, path: request.path, rawQuery: request.query,
                              request: searchRequest.page, totalElements: result.totalElements)
        let response = UnitSearchResponse(kind: kind, result: result, links: links,
                                          rendering: registry.rendering)
        return .json(response.encoded(), contentType: context.publicCaller.contentType)
    }
}
