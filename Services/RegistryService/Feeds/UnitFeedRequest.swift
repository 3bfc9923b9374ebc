import Foundation

/// A validated `GET /oppdateringer/enheter` or `/underenheter` request (`registry.md` §3.7).
struct UnitFeedRequest: Sendable, Equatable {
    var kind: OrganisationForm.UnitKind
    /// Inclusive lower bound on `changes.at`, normalized to milliseconds.
    var fromTime: String?
    /// Inclusive lower bound on `changes.id`.
    var fromId: Int?
    var organizationNumbers: [String]?
    var page: PageRequest

    /// Throws 400 listing every bad parameter, in the order of the §3.7 table.
    static func parse(_ query: PublicQuery, kind: OrganisationForm.UnitKind,
                      now: Date = Date()) throws(EnhetsregisteretError) -> UnitFeedRequest {
        var reader = PublicParameterReader(query: query)
        var fromTime = reader.single("dato") { ParameterFormats.feedTime($0) }
        let fromId = reader.single("oppdateringsid") { text in
            ParameterFormats.nonNegativeInteger(text).flatMap { $0 >= 1 ? $0 : nil }
        }
        let numbers = reader.organizationNumbers("organisasjonsnummer")
        let page = PageRequest.parse(query, into: &reader.failures)
        guard reader.failures.isEmpty, let page else { throw EnhetsregisteretError.badRequest(reader.failures) }
        if query.single("dato") == nil && query.single("oppdateringsid") == nil {
            fromTime = FeedStart.startOfDay(now)
        }
        return UnitFeedRequest(kind: kind, fromTime: fromTime, fromId: fromId, organizationNumbers: numbers, page: page)
    }
}
