import HTTPServer

/// `GET /enhetsregisteret/api/enheter/{orgnr}/roller` (§3.5).
enum RoleLookupRoutes {
    static func install(_ router: inout Router, _ registry: RegistryContext) {
        let check = PublicRequestCheck(family: .rolle, verifier: registry.verifier)
        router.get("/enhetsregisteret/api/enheter/{orgnr}/roller", middleware: [check]) { _, context in
            let orgnr = try UnitLookupRoutes.publicNumber(context)
            let caller = context.publicCaller
            let rendering = RoleGroupsRendering(href: UnitHref(publicURL: registry.publicURL),
                                                revealsPersonIdentifiers: caller.revealsPersonIdentifiers)
            let answer: (status: Int, body: [UInt8])? = try registry.database.read { connection in
                guard let unit = try UnitStore.find(connection, orgnr), unit.kind == .enhet else { return nil }
                switch unit.status {
                case .removed:
                    return (410, registry.rendering.removed(unit))
                case .deleted:
                    return (200, rendering.body(unit: orgnr, roles: [], dates: [:]))
                case .active:
                    let roles = try RoleStore.roles(connection, unit: orgnr)
                    let dates = try RoleStore.groupDates(connection, unit: orgnr)
                    return (200, rendering.body(unit: orgnr, roles: roles, dates: dates))
                }
            }
            guard let answer else { throw EnhetsregisteretError.enhetNotFound(orgnr) }
            return .json(answer.body, status: answer.status, contentType: caller.contentType)
        }
    }
}
