import HTTPServer
import JSON
import ServiceKit

extension SystemRegisterRoutes {
    /// `PUT vendor/{systemId}` in the order of `requests.md` §3.2.
    func update(_ request: HTTPRequest, _ context: RequestContext) throws -> HTTPResponse {
        try JSONBodyMediaType.require(request)
        let system = try owned(context)
        guard let sent = RequestBody.parse(request), case .object = sent else {
            throw SystemProblems.notJSON(expected: "object")
        }
        let body = BodyNormalization.normalize(sent, untrimmed: ["id"])
        let vendorOrg = try SystemVendorCheck.organization(of: body)
        guard vendorOrg == system.vendorOrg else { throw SystemProblems.notFound(system.id) }
        guard body["id"] == .string(system.id) else {
            throw SystemFailures.single(.id, "AUTH.VLD-00012", detail: "The body's id does not match the path.")
        }
        guard !system.isDeleted else { throw SystemProblems.deleted(system.id) }
        try store.update(body, system: system, change: try VendorCaller(context).change(sent))
        return Self.succeeded
    }

    func updateRights(_ request: HTTPRequest, _ context: RequestContext) throws -> HTTPResponse {
        let (system, sent) = try ownedLiveSystem(request, context)
        var failures = SystemFailures()
        let rights = SystemRightsRules.validate(BodyNormalization.normalize(sent), failures: &failures)
        try failures.check()
        try store.updateRights(rights, of: system.id, change: try VendorCaller(context).change(sent))
        return Self.succeeded
    }

    func updatePackages(_ request: HTTPRequest, _ context: RequestContext) throws -> HTTPResponse {
        let (system, sent) = try ownedLiveSystem(request, context)
        var failures = SystemFailures()
        let urns = SystemPackageRules.validate(BodyNormalization.normalize(sent), isVisible: system.isVisible,
                                               failures: &failures)
        try failures.check()
        try store.updatePackages(urns, of: system.id, change: try VendorCaller(context).change(sent))
        return Self.succeeded
    }

    /// The checks `PUT .../rights` and `.../accesspackages` share, in order: media type, the caller's own
    /// system (404, 403), not deleted, then a JSON array body.
    private func ownedLiveSystem(_ request: HTTPRequest,
                                 _ context: RequestContext) throws -> (RegisteredSystem, JSONValue) {
        try JSONBodyMediaType.require(request)
        let system = try owned(context)
        guard !system.isDeleted else { throw SystemProblems.deleted(system.id) }
        guard let sent = RequestBody.parse(request), case .array = sent else {
            throw SystemProblems.notJSON(expected: "array")
        }
        return (system, sent)
    }
}
