import Foundation
import HTTPServer
import JSON
import ServiceKit

extension RequestRoutes {
    func installVendorWrites(_ router: inout Router, middleware: [any Middleware]) {
        router.post(Self.base + "/vendor", middleware: middleware) { request, context in
            try create(request, context, type: .standard)
        }
        router.post(Self.base + "/vendor/agent", middleware: middleware) { request, context in
            try create(request, context, type: .agent)
        }
        router.delete(Self.base + "/vendor/{requestId}", middleware: middleware) { _, context in
            try vendorDelete(context)
        }
    }

    /// `POST .../vendor` and `.../vendor/agent` in the order of `requests.md` §4.4 (step 1 ran in middleware).
    private func create(_ request: HTTPRequest, _ context: RequestContext, type: RequestType) throws -> HTTPResponse {
        try JSONBodyMediaType.require(request)
        let caller = try VendorCaller(context)
        let sent = RequestBody.parse(request) ?? .null
        let target = BodyNormalization.normalize(sent)["systemid"]?.stringValue ?? ""
        return try refusing(action: "request.created", target: target, actor: caller.change(.null).actor) {
            let draft = try RequestBodyValidator.validate(sent, type: type)
            try parties.requireActive(draft.partyOrgNo, deadline: context.outgoingDeadline)
            guard let system = try systems.system(id: draft.systemId), !system.isDeleted else {
                throw RequestProblems.unknownSystem(draft.systemId)
            }
            guard system.vendorOrg == caller.organization else { throw RequestProblems.foreignSystem(system.id) }
            if try systemUsers.hasLiveSystemUser(draft.key, deadline: context.outgoingDeadline) {
                throw RequestProblems.problem("AUTH-00004", detail: "A system user with this key already exists.")
            }
            let now = Date()
            if let live = try store.liveRequest(type, key: draft.key), live.status(at: now) != .timedOut {
                return response(live)
            }
            if let redirectUrl = draft.redirectUrl { try RedirectURLMatch.check(redirectUrl, allowed: system.redirectUrls) }
            let granted = try RequestedAccessRules.check(draft, system: system)
            let created = WholeSecondTime.seconds(now)
            let new = SystemUserRequest(
                sequence: 0, id: RequestUUID.make(), type: type, systemId: system.id, vendorOrg: system.vendorOrg,
                partyOrgNo: draft.partyOrgNo, externalRef: draft.externalRef,
                integrationTitle: draft.integrationTitle ?? system.name.nb, rights: granted.rights,
                accessPackages: granted.packages, storedStatus: .new, redirectUrl: draft.redirectUrl, escalated: false,
                created: created, expires: created + Int64(settings.requestTTLSeconds), isDeleted: false)
            switch try store.insert(new, actor: caller.change(.null).actor, now: now) {
            case .created(let stored): return response(stored, status: 201, location: true)
            case .existing(let live): return response(live)
            }
        }
    }

    /// `DELETE .../vendor/{requestId}` (§4.6): 202 with an empty body, either type.
    private func vendorDelete(_ context: RequestContext) throws -> HTTPResponse {
        let caller = try VendorCaller(context)
        let text = context.parameter("requestId")
        return try refusing(action: "request.deleted", target: text, actor: caller.change(.null).actor) {
            let id = try RequestProblems.requestId(text)
            guard let request = try store.request(id: id), !request.isDeleted else {
                throw RequestProblems.unknownRequest(id)
            }
            guard request.vendorOrg == caller.organization else { throw RequestProblems.foreignSystem(request.systemId) }
            guard try store.softDelete(id: id, actor: caller.change(.null).actor) else {
                throw RequestProblems.unknownRequest(id)
            }
            return HTTPResponse(status: 202)
        }
    }
}
