/// A peer's complete answer. `peer` names the client that received it, for the errors of `decode`.
public struct ClientResponse: Sendable {
    public let status: Int
    public let headers: ClientHeaders
    public let body: [UInt8]
    public let peer: String

    public init(status: Int, headers: ClientHeaders, body: [UInt8], peer: String) {
        self.status = status
        self.headers = headers
        self.body = body
        self.peer = peer
    }

    public var isSuccess: Bool { (200..<300).contains(status) }
}
