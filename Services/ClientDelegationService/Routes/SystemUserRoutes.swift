import Domain
import HTTPServer
import JSON
import ServiceKit

/// `delegation.md` §4: system users published by the Approval Service (platform tokens only).
struct SystemUserRoutes: Sendable {
    let service: DelegationService

    static func install(_ router: inout Router, service: DelegationService, context: ServiceContext) {
        let routes = SystemUserRoutes(service: service)
        let middleware = context.platformOnly + [JSONContentNegotiation()]
        for slash in ["", "/"] {
            let path = "/internal/systemusers/{id}" + slash
            router.put(path, middleware: middleware) { request, context in try routes.put(request, context) }
            router.get(path, middleware: middleware) { request, context in try routes.get(request, context) }
            router.delete(path, middleware: middleware) { request, context in try routes.delete(request, context) }
        }
    }

    private func id(_ context: RequestContext) throws -> String {
        let text = context.parameter("id")
        guard PartyReference.parseUUID(text) != nil else {
            throw ProblemDetails.validation([.invalidUUID(text, path: "{id}")])
        }
        return text.lowercased()
    }

    func put(_ request: HTTPRequest, _ context: RequestContext) throws -> HTTPResponse {
        let id = try id(context)
        try JSONBodyMediaType.require(request)
        guard let body = try? JSONValue.parse(request.body) else {
            throw ProblemDetails.validation([.invalidJSON(path: "/", detail: "The body is not valid JSON.")])
        }
        let user: SystemUserCopy
        switch SystemUserBody.parse(body, id: id) {
        case .success(let parsed): user = parsed
        case .failure(let list): throw ProblemDetails.validation(list.failures)
        }
        switch try service.store.publish(user, actor: context.auditActor) {
        case .deleted:
            throw DelegationProblem.make("AUTH-00107", detail: "System user \(id) was deleted; deletion is final.")
        case .changed: return Self.changed(id, true)
        case .unchanged: return Self.changed(id, false)
        }
    }

    func get(_ request: HTTPRequest, _ context: RequestContext) throws -> HTTPResponse {
        let id = try id(context)
        guard let user = service.index.user(id) else {
            throw DelegationProblem.make("AUTH-00015", detail: "System user \(id) was never published here.")
        }
        if user.isTombstone {
            return .json(JSONValue.object([("id", .string(id)), ("isDeleted", true),
                                           ("deletedAt", JSONValue(user.deletedAt))]).encoded())
        }
        var members = user.document.objectValue ?? []
        members.append(("isDeleted", .bool(user.isDeleted)))
        if let deletedAt = user.deletedAt, user.isDeleted { members.append(("deletedAt", .string(deletedAt))) }
        return .json(JSONValue.object(members).encoded())
    }

    func delete(_ request: HTTPRequest, _ context: RequestContext) throws -> HTTPResponse {
        let id = try id(context)
        let outcome = try service.store.deleteUser(id: id, actor: context.auditActor)
        return .json(JSONValue.object([("id", .string(id)), ("removedClientDelegations", .int(Int64(outcome.removed))),
                                       ("changed", .bool(outcome.changed))]).encoded())
    }

    static func changed(_ id: String, _ changed: Bool) -> HTTPResponse {
        .json(JSONValue.object([("id", .string(id)), ("changed", .bool(changed))]).encoded())
    }
}
