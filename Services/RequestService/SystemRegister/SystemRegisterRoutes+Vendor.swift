import HTTPServer
import JSON
import ServiceKit

extension SystemRegisterRoutes {
    func installVendor(_ router: inout Router, middleware: [any Middleware]) {
        let path = Self.base + "/vendor"
        router.post(path, middleware: middleware) { request, context in try create(request, context) }
        router.get(path, middleware: middleware) { _, context in
            let caller = try VendorCaller(context)
            return Self.ok(dtos(try store.systems(vendor: caller.organization), context: context))
        }
        router.get(path + "/{systemId}", middleware: middleware) { _, context in
            let system = try owned(context)
            return Self.ok(system.fullJSON)
        }
        router.put(path + "/{systemId}", middleware: middleware) { request, context in try update(request, context) }
        router.put(path + "/{systemId}/rights", middleware: middleware) { request, context in
            try updateRights(request, context)
        }
        router.put(path + "/{systemId}/accesspackages", middleware: middleware) { request, context in
            try updatePackages(request, context)
        }
        router.delete(path + "/{systemId}", middleware: middleware) { _, context in try delete(context) }
        router.get(path + "/{systemId}/changelog", middleware: middleware) { _, context in
            let system = try owned(context)
            return Self.ok(try store.changeLog(of: system.id))
        }
    }

    /// The path's system: 404 `AUTH-00011` when unknown, then 403 `AUTH-00103` when foreign.
    func owned(_ context: RequestContext) throws -> RegisteredSystem {
        let systemId = context.parameters["systemId"] ?? ""
        guard let system = try store.system(id: systemId) else { throw SystemProblems.notFound(systemId) }
        try VendorCaller(context).requireOwnership(of: system)
        return system
    }

    private func create(_ request: HTTPRequest, _ context: RequestContext) throws -> HTTPResponse {
        try JSONBodyMediaType.require(request)
        guard let sent = RequestBody.parse(request), case .object = sent else {
            throw SystemProblems.notJSON(expected: "object")
        }
        let body = BodyNormalization.normalize(sent, untrimmed: ["id"])
        let vendorOrg = try SystemVendorCheck.organization(of: body)
        let caller = try VendorCaller(context)
        guard vendorOrg == caller.organization || caller.isAdmin else { throw SystemProblems.foreignVendorBody() }
        let internalId = try store.create(body, vendorOrg: vendorOrg, change: caller.change(sent))
        return Self.ok(.string(internalId))
    }

    private func delete(_ context: RequestContext) throws -> HTTPResponse {
        let systemId = context.parameters["systemId"] ?? ""
        guard let system = try store.system(id: systemId) else {
            throw SystemFailures.single(.id, "AUTH.VLD-00102", detail: "The system '\(systemId)' was not found.",
                                        path: "{systemId}")
        }
        let caller = try VendorCaller(context)
        try caller.requireOwnership(of: system)
        try store.delete(system.id, change: caller.change(.object([])))
        return Self.succeeded
    }
}
