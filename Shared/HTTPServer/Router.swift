/// Routes requests by method and path template (`/enheter/{orgnr}`). Built once into a trie of path
/// segments; literal segments win over parameters (`spec/README.md` §Services). A path that exists for
/// other methods answers 405 with `Allow`; an unknown path answers 404. HEAD falls back to GET.
public struct Router: Sendable {
    public typealias Fallback = @Sendable (HTTPRequest, RequestContext, RouteFailure) -> HTTPResponse

    /// Why no handler ran; the fallback renders it (problem+json by default, the Registry renders its own body).
    public enum RouteFailure: Sendable {
        case notFound
        case methodNotAllowed(allowed: [HTTPMethod])
    }

    private var root = RouteNode()
    private var middleware: [any Middleware] = []
    private var hasEventLoopRoutes = false
    private var eventLoopHooks: [EventLoopHooks] = []
    public var fallback: Fallback = Router.problemFallback

    public init() {}

    /// Router-wide middleware wraps every route, whenever it was added, and the fallback too; the
    /// first added is the outermost.
    public mutating func use(_ middleware: any Middleware) {
        self.middleware.append(middleware)
    }

    /// Runs `start` on each event loop thread before its first wait, and `batchEnd` after each batch of
    /// events it handled (`Responder.eventLoopWillStart`, `eventLoopBatchDidEnd`).
    public mutating func onEventLoop(start: @escaping @Sendable () -> Void, batchEnd: @escaping @Sendable () -> Void) {
        eventLoopHooks.append(EventLoopHooks(start: start, batchEnd: batchEnd))
    }

    /// Adds a route; `middleware` wraps only this route, inside the router-wide middleware.
    public mutating func add(_ method: HTTPMethod, _ template: String,
                             middleware routeMiddleware: [any Middleware] = [],
                             execution: Route.Execution = .worker,
                             handler: @escaping Handler) {
        let route = Route(method: method, template: template, middleware: routeMiddleware,
                          execution: execution, handler: handler)
        root.insert(route, segments: Router.segments(of: template)[...])
        if execution == .eventLoop { hasEventLoopRoutes = true }
    }

    public mutating func get(_ template: String, middleware: [any Middleware] = [],
                             execution: Route.Execution = .worker, handler: @escaping Handler) {
        add(.get, template, middleware: middleware, execution: execution, handler: handler)
    }
    public mutating func post(_ template: String, middleware: [any Middleware] = [],
                              execution: Route.Execution = .worker, handler: @escaping Handler) {
        add(.post, template, middleware: middleware, execution: execution, handler: handler)
    }
    public mutating func put(_ template: String, middleware: [any Middleware] = [], handler: @escaping Handler) {
        add(.put, template, middleware: middleware, handler: handler)
    }
    public mutating func delete(_ template: String, middleware: [any Middleware] = [], handler: @escaping Handler) {
        add(.delete, template, middleware: middleware, handler: handler)
    }

    /// Finds the route for `method` and `path`, with its percent-decoded parameters.
    public func match(_ method: HTTPMethod, path: String) -> RouteMatch {
        var path = path
        return path.withUTF8 { bytes in
            var parameters: [(name: String, range: Range<Int>)] = []
            // As `segments(of:)`: what precedes the first `/` is not a segment.
            let first = bytes.firstIndex(of: UInt8(ascii: "/")).map { $0 + 1 }
            let route: Route
            switch root.find(bytes, from: first, method: method, parameters: &parameters) {
            case nil: return .notFound
            case .otherMethods(let allowed)?: return .methodNotAllowed(allowed: allowed)
            case .route(let found)?: route = found
            }
            var decoded = PathParameters()
            decoded.reserveCapacity(parameters.count)
            for (name, range) in parameters {
                guard let value = PercentDecoding.decode(UnsafeBufferPointer(rebasing: bytes[range])) else {
                    return .notFound
                }
                decoded[name] = value
            }
            return .found(route, decoded)
        }
    }

    static func segments(of path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map { $0 }
    }
}

struct EventLoopHooks: Sendable {
    let start: @Sendable () -> Void
    let batchEnd: @Sendable () -> Void
}

public enum RouteMatch {
    case found(Route, PathParameters)
    case notFound
    case methodNotAllowed(allowed: [HTTPMethod])
}

public struct Route: Sendable {
    /// Where a route's handler runs.
    public enum Execution: Sendable {
        /// On a worker thread: the handler may block (SQLite writes, other services, long queries).
        case worker
        /// On the event loop thread, which saves the hand-over to a worker. Only for handlers that do
        /// short local work (an in-memory lookup, one indexed read) and never wait; a handler that finds
        /// it must wait calls `context.requireWorker()` first.
        case eventLoop
    }

    public let method: HTTPMethod
    public let template: String
    let middleware: [any Middleware]
    let execution: Execution
    let handler: Handler
}

extension Router: Responder {
    public func respond(to request: HTTPRequest, context: RequestContext) -> HTTPResponse {
        switch match(request.method, path: request.path) {
        case let .found(route, parameters):
            return respond(to: request, route: route, parameters: parameters, context: context)
        case .notFound:
            return runFallback(request, context, .notFound)
        case .methodNotAllowed(let allowed):
            return runFallback(request, context, .methodNotAllowed(allowed: allowed))
        }
    }

    public var answersOnEventLoop: Bool { hasEventLoopRoutes }

    public func eventLoopWillStart() {
        for hooks in eventLoopHooks { hooks.start() }
    }

    public func eventLoopBatchDidEnd() {
        for hooks in eventLoopHooks { hooks.batchEnd() }
    }

    /// Answers `.eventLoop` routes; nil for any other route, for unmatched paths (the fallback may be a
    /// service's own), and when the handler threw `WorkerRequired`.
    public func respondOnEventLoop(to request: HTTPRequest, context: RequestContext) -> HTTPResponse? {
        guard hasEventLoopRoutes, case let .found(route, parameters) = match(request.method, path: request.path),
              route.execution == .eventLoop else { return nil }
        let response = respond(to: request, route: route, parameters: parameters, context: context)
        return context.workerRequired ? nil : response
    }

    private func respond(to request: HTTPRequest, route: Route, parameters: PathParameters,
                         context: RequestContext) -> HTTPResponse {
        context.route = route.template
        context.parameters = parameters
        return Router.run(middleware[...], request: request, context: context) { request, context in
            try Router.invoke(route.middleware[...], route.handler, request, context)
        }
    }

    private func runFallback(_ request: HTTPRequest, _ context: RequestContext, _ failure: RouteFailure) -> HTTPResponse {
        let fallback = self.fallback
        return Router.run(middleware[...], request: request, context: context) { request, context in
            fallback(request, context, failure)
        }
    }

    /// Runs the middleware chain, then the handler; a thrown error renders itself or becomes a 500 problem.
    static func run(_ chain: ArraySlice<any Middleware>, request: HTTPRequest, context: RequestContext,
                    handler: (HTTPRequest, RequestContext) throws -> HTTPResponse) -> HTTPResponse {
        do {
            return try invoke(chain, handler, request, context)
        } catch let error as any HTTPResponseError {
            return error.response(for: request, context: context)
        } catch is WorkerRequired {
            context.workerRequired = true
            return HTTPResponse(status: 503)
        } catch {
            return ProblemDetails.internalError().response(for: request, context: context)
        }
    }

    /// Calls the first middleware with the rest of the chain as its `next`. The closures are not
    /// escaping, so no chain of closures is allocated per request.
    private static func invoke(_ chain: ArraySlice<any Middleware>,
                               _ handler: (HTTPRequest, RequestContext) throws -> HTTPResponse,
                               _ request: HTTPRequest, _ context: RequestContext) throws -> HTTPResponse {
        guard let first = chain.first else { return try handler(request, context) }
        do {
            return try first.handle(request, context: context) { request, context in
                try invoke(chain.dropFirst(), handler, request, context)
            }
        } catch let error as any HTTPResponseError {
            // Render here so that outer middleware (metrics, access log) sees the real status.
            return error.response(for: request, context: context)
        }
    }

    public static let problemFallback: Fallback = { request, context, failure in
        switch failure {
        case .notFound:
            return ProblemDetails.notFound(request.path).response(for: request, context: context)
        case .methodNotAllowed(let allowed):
            return ProblemDetails.methodNotAllowed(allowed: allowed).response(for: request, context: context)
        }
    }
}
