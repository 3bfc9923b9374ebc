import HTTPServer

/// `GET /internal/roles?holder=` (§5.1) and `?unit=` (§5.2), each read with its position in one
/// read transaction.
enum InternalRoleRoutes {
    static func install(_ router: inout Router, _ registry: RegistryContext) {
        router.get("/internal/roles", middleware: registry.internalJSON) { request, _ in
            let query = try RolesQuery(request.queryParameters)
            let (body, position) = try registry.database.read { connection -> ([UInt8], Int64) in
                let position = try ChangeLog.position(connection)
                switch query.subject {
                case .person(let holder), .organisation(let holder):
                    return (try HolderRolesAnswer.body(connection, query.subject, holder: holder,
                                                       includeInactive: query.includeInactive, position: position),
                            position)
                case .unit(let unit):
                    return (try UnitRolesAnswer.body(connection, unit: unit, includeInactive: query.includeInactive,
                                                     position: position), position)
                }
            }
            return InternalAnswer.json(body, position: position)
        }
    }
}
