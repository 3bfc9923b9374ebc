/// Counters of one `HTTPClient`, for tests and metrics.
public struct HTTPClientStats: Sendable, Equatable {
    /// New TCP connections opened (the sum of `CURLINFO_NUM_CONNECTS` over all transfers).
    public let connectionsOpened: Int
    /// Transfers started, retries included.
    public let attempts: Int
}
