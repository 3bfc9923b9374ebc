import HTTPClient

/// The Registry, as this service uses it (`approval.md` §1).
protocol RegistryPeer: Sendable {
    /// The unit, or nil when the Registry does not know the number. Throws `HTTPClientError` when it
    /// cannot be asked.
    func unit(_ orgNo: String, deadline: Deadline?) throws -> RegistryUnit?
}

extension RegistryPeer {
    /// A name for display: `""` when unknown or when the Registry cannot be asked (never a failure).
    func name(of orgNo: String, deadline: Deadline?) -> String {
        ((try? unit(orgNo, deadline: deadline)) ?? nil)?.name ?? ""
    }
}
