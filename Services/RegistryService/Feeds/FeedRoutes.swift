import HTTPServer

/// The public update feeds (`registry.md` §3.7): `/oppdateringer/enheter`, `/underenheter` and `/roller`,
/// behind the same public checks as the lookups (token, then `Accept`), each page read in one transaction.
enum FeedRoutes {
    static func install(_ router: inout Router, _ registry: RegistryContext) {
        for (kind, segment, family) in [(OrganisationForm.UnitKind.enhet, "enheter", PublicMediaType.enhet),
                                         (.underenhet, "underenheter", .underenhet)] {
            let check = PublicRequestCheck(family: family, verifier: registry.verifier)
            router.get("/enhetsregisteret/api/oppdateringer/\(segment)", middleware: [check]) { request, context in
                try unitFeed(request, context, kind: kind, registry: registry)
            }
        }
        let check = PublicRequestCheck(family: .rolle, verifier: registry.verifier)
        router.get("/enhetsregisteret/api/oppdateringer/roller", middleware: [check]) { request, context in
            let feedRequest = try RoleFeedRequest.parse(PublicQuery(request.query))
            let items = try registry.database.read { try RoleFeed.run(feedRequest, in: $0) }
            let body = RoleFeed.encoded(items, href: UnitHref(publicURL: registry.publicURL))
            return .json(body, contentType: context.publicCaller.contentType)
        }
    }

    private static func unitFeed(_ request: HTTPRequest, _ context: RequestContext, kind: OrganisationForm.UnitKind,
                                 registry: RegistryContext) throws -> HTTPResponse {
        let feedRequest = try UnitFeedRequest.parse(PublicQuery(request.query), kind: kind)
        let result = try registry.database.read { try UnitFeed.run(feedRequest, in: $0) }
        let links = PageLinks(publicURL: registry.publicURL, path: request.path, rawQuery: request.query,
                              request: feedRequest.page, totalElements: result.totalElements)
        let body = UnitFeedResponse(kind: kind, result: result, links: links,
                                    href: UnitHref(publicURL: registry.publicURL)).encoded()
        return .json(body, contentType: context.publicCaller.contentType)
    }
}
