import Foundation

/// A validated `GET /oppdateringer/roller` request (`registry.md` §3.7): `afterId` and `afterTime`
/// are exclusive; without either the feed starts at 00:00 UTC today.
struct RoleFeedRequest: Sendable, Equatable {
    var afterId: Int?
    var afterTime: String?
    /// Inclusive lower bound on `at`, used only when neither `afterId` nor `afterTime` is given.
    var fromTime: String?
    var size: Int

    static let defaultSize = 100

    static func parse(_ query: PublicQuery, now: Date = Date()) throws(EnhetsregisteretError) -> RoleFeedRequest {
        var reader = PublicParameterReader(query: query)
        let afterId = reader.single("afterId") { ParameterFormats.nonNegativeInteger($0) }
        let afterTime = reader.single("afterTime") { ParameterFormats.feedTime($0) }
        let size = reader.single("size") { text in
            ParameterFormats.nonNegativeInteger(text).flatMap { (1...PageRequest.maximumSize).contains($0) ? $0 : nil }
        }
        guard reader.failures.isEmpty else { throw EnhetsregisteretError.badRequest(reader.failures) }
        let positioned = query.single("afterId") != nil || query.single("afterTime") != nil
        return RoleFeedRequest(afterId: afterId, afterTime: afterTime,
                               fromTime: positioned ? nil : FeedStart.startOfDay(now), size: size ?? defaultSize)
    }
}
