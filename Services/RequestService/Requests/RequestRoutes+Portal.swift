import Domain
import Foundation
import HTTPServer
import ServiceKit

extension RequestRoutes {
    /// The portal reads for a party (`requests.md` §4.7). Nothing is written.
    func installPortal(_ router: inout Router, middleware: [any Middleware]) {
        router.get(Self.base + "/{party}/{requestId}", middleware: middleware) { _, context in
            try portalRead(context, type: .standard)
        }
        router.get(Self.base + "/agent/{party}/{requestId}", middleware: middleware) { _, context in
            try portalRead(context, type: .agent)
        }
    }

    private func portalRead(_ context: RequestContext, type: RequestType) throws -> HTTPResponse {
        let party = context.parameter("party")
        let text = context.parameter("requestId")
        var failures = ValidationFailures()
        if !OrganizationNumber.isValid(party) { failures.add(.invalidOrganizationNumber(party, path: "{party}")) }
        let id = RequestUUID.normalize(text)
        if id == nil { failures.add(.invalidUUID(text, path: "{requestId}")) }
        try failures.check()
        try parties.requireActive(party, deadline: context.outgoingDeadline)
        if case .user(let user)? = context.principal,
           !(try accessManagers.isAccessManager(party: party, person: user.pid, deadline: context.outgoingDeadline)) {
            throw RequestProblems.notAccessManager(party)
        }
        guard let id, let request = try store.request(id: id), !request.isDeleted, request.type == type,
              request.partyOrgNo == party else {
            throw RequestProblems.unknownRequest(text)
        }
        return response(request)
    }
}
