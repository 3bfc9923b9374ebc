import HTTPServer
import JSON

extension SystemRegisterRoutes {
    /// The portal reads of `requests.md` §3.3.
    func installPortal(_ router: inout Router, middleware: [any Middleware]) {
        router.get(Self.base, middleware: middleware) { _, context in
            Self.ok(dtos(try store.visibleSystems(), context: context))
        }
        router.get(Self.base + "/{systemId}", middleware: middleware) { _, context in
            let systemId = context.parameters["systemId"] ?? ""
            guard let system = try store.system(id: systemId) else { throw SystemProblems.notFound(systemId) }
            return Self.ok(dtos([system], context: context)[0] ?? .null)
        }
        router.get(Self.base + "/{systemId}/rights", middleware: middleware) { _, context in
            Self.ok(try store.system(id: context.parameters["systemId"] ?? "")?.rightsJSON ?? .array([]))
        }
        router.get(Self.base + "/{systemId}/accesspackages", middleware: middleware) { _, context in
            Self.ok(try store.system(id: context.parameters["systemId"] ?? "")?.packagesJSON ?? .array([]))
        }
    }

    /// The internal reads of `requests.md` §3.4.
    func installInternal(_ router: inout Router, middleware: [any Middleware]) {
        router.get("/internal/systemregister/{systemId}", middleware: middleware) { _, context in
            let systemId = context.parameters["systemId"] ?? ""
            guard let system = try store.system(id: systemId) else { throw SystemProblems.notFound(systemId) }
            return Self.ok(system.fullJSON)
        }
        router.get("/internal/systemregister", middleware: middleware) { request, _ in
            let clientId = QueryParameters(request.query ?? "")["clientId"] ?? ""
            guard !clientId.isEmpty else {
                throw ProblemDetails.validation([.missing(path: "?clientId")])
            }
            return Self.ok(.array(try store.system(clientId: clientId).map { [$0.fullJSON] } ?? []))
        }
    }
}
