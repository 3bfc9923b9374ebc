import Domain
import Foundation
import HTTPServer
import JSON
import ServiceKit

extension RequestRoutes {
    /// The vendor reads of `requests.md` §4.5; they ask no peer.
    func installVendorReads(_ router: inout Router, middleware: [any Middleware]) {
        for type in RequestType.allCases {
            let base = type.vendorBase
            router.get(base + "/{requestId}", middleware: middleware) { _, context in
                try vendorRead(context, type: type)
            }
            router.get(base + "/byexternalref/{systemId}/{orgNo}/{externalRef}", middleware: middleware) { _, context in
                try readByExternalRef(context, type: type)
            }
            router.get(base + "/bysystem/{systemId}", middleware: middleware) { request, context in
                try readBySystem(request, context, type: type)
            }
        }
    }

    private func vendorRead(_ context: RequestContext, type: RequestType) throws -> HTTPResponse {
        let id = try RequestProblems.requestId(context.parameter("requestId"))
        guard let request = try store.request(id: id), !request.isDeleted, request.type == type else {
            throw RequestProblems.unknownRequest(id)
        }
        guard request.vendorOrg == (try VendorCaller(context)).organization else {
            throw RequestProblems.foreignSystem(request.systemId)
        }
        return response(request)
    }

    private func readByExternalRef(_ context: RequestContext, type: RequestType) throws -> HTTPResponse {
        let orgNo = context.parameter("orgNo")
        guard OrganizationNumber.isValid(orgNo) else {
            throw RequestFailures.single(.invalidOrganizationNumber(orgNo, path: "{orgNo}"))
        }
        let system = try ownedSystem(context)
        let externalRef = context.parameter("externalRef")
        let key = RequestKey(systemId: system.id, partyOrgNo: orgNo, externalRef: externalRef.isEmpty ? orgNo : externalRef)
        guard let request = try store.liveRequest(type, key: key) else {
            throw RequestProblems.problem("AUTH-00010", detail: "No live request has this key.")
        }
        return response(request)
    }

    /// A paged list (§4.5): `{"links": {"next"}, "data"}`, `REQUEST_PAGE_SIZE` per page.
    private func readBySystem(_ request: HTTPRequest, _ context: RequestContext, type: RequestType) throws -> HTTPResponse {
        let systemId = context.parameter("systemId")
        var after: Int64 = 0
        let query = request.queryParameters
        if query.malformed.contains("token") { throw Self.invalidPageToken }
        if let text = query["token"], !text.isEmpty {
            guard let token = RequestPageToken(decoding: text, type: type, systemId: systemId) else {
                throw Self.invalidPageToken
            }
            after = token.after
        }
        let system = try ownedSystem(context)
        let page = try store.page(type, systemId: system.id, after: after, limit: settings.requestPageSize)
        var next: JSONValue = .null
        if page.more, let last = page.items.last {
            let token = RequestPageToken(type: type, systemId: system.id, after: last.sequence)
            next = .string(service.publicURL + type.vendorBase + "/bysystem/" + QueryComponent.encode(system.id)
                           + "?token=" + token.encoded)
        }
        let now = Date()
        return Self.ok(.object([
            ("links", .object([("next", next)])),
            ("data", .array(page.items.map { $0.responseJSON(portalURL: portalURL, now: now) })),
        ]))
    }

    private static var invalidPageToken: ProblemDetails {
        RequestFailures.single(ValidationFailure(code: "STD.VLD-00007", title: "The paging token is invalid.",
                                                 detail: "The token does not belong to this list.", paths: ["?token"]))
    }

    /// The path's system, deleted ones included: 404 `AUTH-00011`, then 403 `AUTH-00103` (no admin scope here).
    private func ownedSystem(_ context: RequestContext) throws -> RegisteredSystem {
        let systemId = context.parameter("systemId")
        guard let system = try systems.system(id: systemId) else { throw RequestProblems.unknownSystem(systemId) }
        guard system.vendorOrg == (try VendorCaller(context)).organization else {
            throw RequestProblems.foreignSystem(systemId)
        }
        return system
    }
}
