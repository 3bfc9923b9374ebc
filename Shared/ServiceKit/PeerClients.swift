import HTTPClient
import HTTPServer
import JSON

/// The peers a service calls (`spec/README.md` §Services); the raw value is the short name used as
/// `peer` in `STD-00503` problems.
public enum Peer: String, Sendable, CaseIterable {
    case registry, requests, approval, delegation
}

extension ServiceContext {
    /// A client for `peer` that signs this service's platform tokens and reuses its connections.
    /// Build it once at start-up and keep it: the connection pool lives in the client.
    public func makeClient(for peer: Peer) -> HTTPClient {
        var tokenProvider: (@Sendable () throws -> String)?
        if let source = platformTokens {
            tokenProvider = { try source.token() }
        }
        return HTTPClient(peer: peer.rawValue, tokenProvider: tokenProvider)
    }

    /// The base URL of `peer` from the configuration.
    public func baseURL(of peer: Peer) -> String {
        let url: String
        switch peer {
        case .registry: url = configuration.peers.registry
        case .requests: url = configuration.peers.requests
        case .approval: url = configuration.peers.approval
        case .delegation: url = configuration.peers.delegation
        }
        return url.hasSuffix("/") ? String(url.dropLast()) : url
    }
}

/// A failed peer call answers 503 (504 when it timed out) `STD-00503` with the `peer` extension.
extension HTTPClientError: HTTPResponseError {
    public func response(for request: HTTPRequest, context: RequestContext) -> HTTPResponse {
        ProblemDetails(self).response(for: request, context: context)
    }
}

extension ProblemDetails {
    public init(_ error: HTTPClientError) {
        self.init(status: error.problemStatus, code: "STD-00503", title: "A peer service is unavailable.",
                  detail: "\(error)", extensions: [("peer", .string(error.peer))])
    }
}

extension RequestContext {
    /// The deadline for this request's outgoing calls: each incoming request has 5 s for all of them
    /// together, counted from its arrival.
    public var outgoingDeadline: Deadline {
        Deadline(arrival.advanced(by: Deadline.incomingRequestBudget))
    }
}
