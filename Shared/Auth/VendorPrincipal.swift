/// The caller of a vendor token (Maskinporten-like): the organisation named in `consumer`.
public struct VendorPrincipal: Sendable, Equatable {
    public let organizationNumber: String
    public let clientId: String?
    public let scopes: Set<String>

    public init(organizationNumber: String, clientId: String?, scopes: Set<String>) {
        self.organizationNumber = organizationNumber
        self.clientId = clientId
        self.scopes = scopes
    }
}
