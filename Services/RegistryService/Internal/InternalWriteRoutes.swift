import Domain
import HTTPServer
import ServiceKit
import SQLite

/// The internal writes of §5.4: unit PUTs, the roles PUT and the DELETEs. Platform tokens only.
enum InternalWriteRoutes {
    static func install(_ router: inout Router, _ registry: RegistryContext) {
        for (segment, kind) in [("enheter", OrganisationForm.UnitKind.enhet), ("underenheter", .underenhet)] {
            router.put("/internal/\(segment)/{orgnr}", middleware: registry.internalJSON) { request, context in
                let orgnr = try pathNumber(context)
                let body = try JSONRequestBody.object(request)
                let writer = UnitWriter(kind: kind, rendering: registry.rendering,
                                        actor: context.platformActor)
                return try commit(registry) { try writer.write($0, organisasjonsnummer: orgnr, body: body) }
            }
            router.delete("/internal/\(segment)/{orgnr}", middleware: registry.internalJSON) { request, context in
                let orgnr = try pathNumber(context)
                let (mode, dato) = try deletionParameters(request.queryParameters)
                let deletion = UnitDeletion(kind: kind, mode: mode, dato: dato,
                                            rendering: registry.rendering,
                                            actor: context.platformActor)
                return try commit(registry) { try deletion.delete($0, organisasjonsnummer: orgnr) }
            }
        }
        router.put("/internal/enheter/{orgnr}/roller", middleware: registry.internalJSON) { request, context in
            let orgnr = try pathNumber(context)
            let body = try JSONRequestBody.object(request)
            let rendering = RoleGroupsRendering(href: UnitHref(publicURL: registry.publicURL),
                                                revealsPersonIdentifiers: true)
            let writer = RoleSetWriter(rendering: rendering, actor: context.platformActor)
            return try commit(registry) { try writer.write($0, organisasjonsnummer: orgnr, body: body) }
        }
    }

    /// Runs a write in one transaction, then advances the cached position past its change.
    private static func commit(_ registry: RegistryContext,
                               _ body: (SQLite.Connection) throws -> WriteOutcome) throws -> HTTPResponse {
        let outcome = try registry.database.write(body)
        if let id = outcome.changeId { registry.position.advance(to: id) }
        return outcome.response()
    }

    /// `{orgnr}`: an invalid number is 400 `STD.VLD-00001`.
    static func pathNumber(_ context: RequestContext) throws -> String {
        let orgnr = context.parameter("orgnr")
        guard OrganizationNumber.isValid(orgnr) else {
            throw ProblemDetails.validation([.invalidOrganizationNumber(orgnr, path: "{orgnr}")])
        }
        return orgnr
    }

    /// `mode` (`slett` by default, or `fjern`) and `dato` (today by default), both checked.
    static func deletionParameters(_ query: QueryParameters) throws -> (UnitDeletion.Mode, String) {
        var failures = ValidationFailures()
        var mode = UnitDeletion.Mode.slett
        if let text = query["mode"], !text.isEmpty {
            if let value = UnitDeletion.Mode(rawValue: text) { mode = value } else {
                failures.add(.invalidValue(path: "?mode", detail: "mode must be slett or fjern."))
            }
        }
        var dato = CalendarDate.today().description
        if let text = query["dato"], !text.isEmpty {
            if CalendarDate.isValid(text) { dato = text } else { failures.add(.invalidDate(path: "?dato")) }
        }
        for name in query.malformed where name == "mode" || name == "dato" {
            failures.add(.invalidValue(path: "?\(name)", detail: "?\(name) is not validly percent-encoded."))
        }
        try failures.check()
        return (mode, dato)
    }
}
