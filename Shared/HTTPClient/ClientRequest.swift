/// One outgoing call. `deadline` is the budget of the incoming request it serves (nil for background work).
public struct ClientRequest: Sendable {
    public enum Method: String, Sendable {
        case get = "GET", head = "HEAD", post = "POST", put = "PUT", delete = "DELETE", patch = "PATCH"
    }

    public var method: Method
    public var url: String
    public var headers: ClientHeaders
    public var body: [UInt8]
    public var deadline: Deadline?
    /// Marks a POST or PATCH as safe to retry; only for endpoints the contract calls idempotent
    /// (`POST /internal/requests/{id}/status`, for example).
    public var isMarkedIdempotent: Bool
    /// Returns a 5xx answer as a response instead of retrying and throwing `.serverError`, for callers
    /// that read 5xx bodies themselves (health probes, tests).
    public var returnsServerErrors = false

    public init(
        method: Method = .get, url: String, headers: ClientHeaders = [:], body: [UInt8] = [],
        deadline: Deadline? = nil, idempotent: Bool = false
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.deadline = deadline
        self.isMarkedIdempotent = idempotent
    }

    /// Whether a failed attempt may be repeated (`spec/README.md` §Service-to-service calls).
    public var isIdempotent: Bool {
        switch method {
        case .get, .head, .put, .delete: return true
        case .post, .patch: return isMarkedIdempotent
        }
    }
}
