import Foundation

/// Where a feed starts when the request names no position: 00:00:00 UTC of the current day
/// (`registry.md` §3.7), written as the change log writes `at`.
enum FeedStart {
    static func startOfDay(_ now: Date) -> String {
        CalendarDate.today(now).description + "T00:00:00.000Z"
    }
}
