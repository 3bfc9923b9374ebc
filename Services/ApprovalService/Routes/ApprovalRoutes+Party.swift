import Domain
import HTTPServer
import JSON
import ServiceKit

extension ApprovalRoutes {
    /// §6: lists, reads, user-driven creation and delete of a party's system users.
    func installParty(_ router: inout Router) {
        router.get(Self.base + "/{party}", middleware: person) { _, context in
            let party = try partyOnly(context)
            return Self.ok(try directory.list(party: party, type: .standard, person: try PersonAccess.person(context),
                                              deadline: context.outgoingDeadline))
        }
        router.get(Self.base + "/agent/{party}", middleware: person) { _, context in
            let party = try partyOnly(context)
            return Self.ok(try directory.list(party: party, type: .agent, person: try PersonAccess.person(context),
                                              deadline: context.outgoingDeadline))
        }
        router.get(Self.base + "/{party}/{systemUserId}", middleware: person) { _, context in
            let (party, id) = try partyAndUser(context)
            return Self.ok(try directory.read(party: party, id: id, person: try PersonAccess.person(context),
                                              deadline: context.outgoingDeadline))
        }
        for path in [Self.base + "/{party}/create", Self.base + "/{party}"] {
            router.post(path, middleware: person) { request, context in
                let party = try partyOnly(context)
                if !request.body.isEmpty || request.headers["Content-Type"] != nil { try JSONBodyMediaType.require(request) }
                return Self.ok(try decisions.count("create") {
                    try directory.create(party: party, body: { try CreationBody(json: try? JSONValue.parse(request.body)) },
                                         person: try PersonAccess.person(context), deadline: context.outgoingDeadline)
                })
            }
        }
        router.delete(Self.base + "/{party}/{systemUserId}", middleware: person) { _, context in
            let (party, id) = try partyAndUser(context)
            return Self.ok(try directory.delete(party: party, id: id, agentPath: false, facilitator: nil,
                                                person: try PersonAccess.person(context), deadline: context.outgoingDeadline),
                           status: 202)
        }
        router.delete(Self.base + "/agent/{party}/{systemUserId}", middleware: person) { request, context in
            var parameters = PathParameters(context)
            let party = parameters.organization("party")
            let id = parameters.uuid("systemUserId")
            let facilitator = request.queryParameters["facilitatorId"]
            if let facilitator, !OrganizationNumber.isValid(facilitator), !PathParameters.isUUID(facilitator) {
                parameters.add(.invalidValue(path: "?facilitatorId", detail: "facilitatorId must be an organisation number or a UUID."))
            }
            try parameters.check()
            return Self.ok(try directory.delete(party: party, id: id, agentPath: true, facilitator: facilitator,
                                                person: try PersonAccess.person(context), deadline: context.outgoingDeadline))
        }
    }

    private func partyOnly(_ context: RequestContext) throws -> String {
        var parameters = PathParameters(context)
        let party = parameters.organization("party")
        try parameters.check()
        return party
    }

    private func partyAndUser(_ context: RequestContext) throws -> (String, String) {
        var parameters = PathParameters(context)
        let party = parameters.organization("party")
        let id = parameters.uuid("systemUserId")
        try parameters.check()
        return (party, id)
    }
}
