import Domain
import HTTPServer

/// `GET /enhetsregisteret/api/enheter/{orgnr}` and `/underenheter/{orgnr}` (§3.2, §3.3): one indexed
/// read, rendered from the stored document.
enum UnitLookupRoutes {
    static func install(_ router: inout Router, _ registry: RegistryContext) {
        install(&router, registry, kind: .enhet, segment: "enheter", family: .enhet)
        install(&router, registry, kind: .underenhet, segment: "underenheter", family: .underenhet)
    }

    private static func install(_ router: inout Router, _ registry: RegistryContext, kind: OrganisationForm.UnitKind,
                                segment: String, family: PublicMediaType) {
        let check = PublicRequestCheck(family: family, verifier: registry.verifier)
        router.get("/enhetsregisteret/api/\(segment)/{orgnr}", middleware: [check], execution: .eventLoop) { _, context in
            let orgnr = try publicNumber(context)
            guard let (status, body) = try UnitStore.lookupAnswer(registry.database, orgnr, kind: kind,
                                                                  rendering: registry.rendering) else {
                throw kind == .enhet ? EnhetsregisteretError.enhetNotFound(orgnr)
                    : EnhetsregisteretError.underenhetNotFound(orgnr)
            }
            return .json(body, status: status, contentType: context.publicCaller.contentType)
        }
    }

    /// `{orgnr}` on a public path: an invalid number is 400 with the §3.1 body, never 404.
    static func publicNumber(_ context: RequestContext) throws -> String {
        let orgnr = context.parameter("orgnr")
        guard OrganizationNumber.isValid(orgnr) else { throw EnhetsregisteretError.invalidNumber(orgnr) }
        return orgnr
    }
}
