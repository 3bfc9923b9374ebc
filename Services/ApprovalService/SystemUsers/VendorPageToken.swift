import Auth

/// The opaque `token` of `bysystem` (`approval.md` §7): base64url of the system id and the activation
/// number of the page's last user.
struct VendorPageToken: Sendable, Equatable {
    var systemId: String
    var after: Int64

    var encoded: String { Base64URL.encode(Array("\(after)|\(systemId)".utf8)) }

    /// Nil when it does not decode or was made for another system.
    init?(decoding text: String, systemId: String) {
        guard let bytes = Base64URL.decode(text) else { return nil }
        let parts = String(decoding: bytes, as: UTF8.self).split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let after = Int64(parts[0]), after >= 0, String(parts[1]) == systemId else { return nil }
        self.init(systemId: systemId, after: after)
    }

    init(systemId: String, after: Int64) {
        self.systemId = systemId
        self.after = after
    }
}
