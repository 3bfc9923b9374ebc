import Auth
import Foundation

/// The opaque `?token=` of paged request lists (`requests.md` §4.5): base64url without padding of the
/// route's type, the `systemId` and the sequence number after the last item of the previous page.
struct RequestPageToken: Equatable {
    var type: RequestType
    var systemId: String
    var after: Int64

    var encoded: String { Base64URL.encode(Array("\(type.rawValue)\n\(after)\n\(systemId)".utf8)) }

    /// Nil unless `text` decodes to a token of this type and system.
    init?(decoding text: String, type: RequestType, systemId: String) {
        guard let bytes = Base64URL.decode(text), let decoded = String(validating: bytes, as: UTF8.self) else { return nil }
        let parts = decoded.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == type.rawValue, String(parts[2]) == systemId,
              let after = Int64(parts[1]), after >= 0 else { return nil }
        self.init(type: type, systemId: systemId, after: after)
    }

    init(type: RequestType, systemId: String, after: Int64) {
        self.type = type
        self.systemId = systemId
        self.after = after
    }
}
