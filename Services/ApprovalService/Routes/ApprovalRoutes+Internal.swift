import Domain
import HTTPServer
import JSON
import ServiceKit

extension ApprovalRoutes {
    /// §10: the lookups the Request Service uses, the internal read and the reconcile trigger.
    func installInternal(_ router: inout Router) {
        let internalJSON = service.platformOnly + [JSONContentNegotiation()]
        router.get("/internal/systemusers/lookup", middleware: internalJSON) { request, _ in
            let query = request.queryParameters
            let systemId = query["systemId"] ?? ""
            let party = query["partyOrgNo"] ?? ""
            var failures = ValidationFailures()
            if systemId.isEmpty { failures.add(.missing(path: "?systemId")) }
            if party.isEmpty { failures.add(.missing(path: "?partyOrgNo")) } else if !OrganizationNumber.isValid(party) {
                failures.add(.invalidOrganizationNumber(party, path: "?partyOrgNo"))
            }
            try failures.check()
            let reference = query["externalRef"].flatMap { $0.isEmpty ? nil : $0 } ?? party
            let key = SystemUserKey(systemId: systemId, partyOrgNo: party, externalRef: reference)
            guard let user = try workflow.store.liveUser(key: key) else { throw ApprovalProblems.userNotFound(reference) }
            return Self.ok(user.internalJSON)
        }
        router.get("/internal/systemusers/{id}", middleware: internalJSON) { _, context in
            var parameters = PathParameters(context)
            let id = parameters.uuid("id")
            try parameters.check()
            guard let user = try workflow.store.user(id: id) else { throw ApprovalProblems.userNotFound(id) }
            guard case .object(var members) = user.detailJSON else { throw ProblemDetails.internalError() }
            if let index = members.firstIndex(where: { $0.0 == "isDeleted" }) {
                members[index].1 = .bool(user.state == .deleted)
            }
            members.append(("state", .string(user.state.rawValue)))
            return Self.ok(.object(members))
        }
        router.post("/internal/reconcile", middleware: internalJSON) { _, _ in
            Self.ok(try reconciler.runPass(onlySettled: false).json)
        }
    }
}
