import HTTPServer
import ServiceKit

/// §8 step 4 and §5 order of checks: on a replica every `PUT` and `DELETE` under `/internal` answers
/// 409 `REG-00003` with `X-Registry-Primary`, after the token check and before anything else. Installed
/// router-wide, so it runs before any route's own middleware and also for unrouted paths.
struct ReplicaWriteRefusal: Middleware {
    static let primaryHeader = "X-Registry-Primary"
    let primaryURL: String
    /// The token rule of `/internal` (`ServiceContext.platformOnly`), run first.
    let tokenCheck: [any Middleware]

    func handle(_ request: HTTPRequest, context: RequestContext,
                next: (HTTPRequest, RequestContext) throws -> HTTPResponse) throws -> HTTPResponse {
        guard request.method == .put || request.method == .delete,
              request.path == "/internal" || request.path.hasPrefix("/internal/") else {
            return try next(request, context)
        }
        return try Self.chain(tokenCheck[...], request, context) { _, _ in throw refusal }
    }

    var refusal: ProblemDetails {
        var headers = HTTPHeaders()
        headers.add(Self.primaryHeader, primaryURL)
        return ProblemDetails(status: 409, code: "REG-00003",
                              title: "This Registry node is a read-only replica. Write to the primary.",
                              detail: "Send writes to \(primaryURL).", headers: headers)
    }

    private static func chain(_ middleware: ArraySlice<any Middleware>, _ request: HTTPRequest, _ context: RequestContext,
                              _ last: (HTTPRequest, RequestContext) throws -> HTTPResponse) throws -> HTTPResponse {
        guard let first = middleware.first else { return try last(request, context) }
        return try first.handle(request, context: context) { request, context in
            try chain(middleware.dropFirst(), request, context, last)
        }
    }
}
