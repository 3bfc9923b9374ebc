import Foundation

/// RFC 3339 UTC with whole seconds (`2026-11-23T10:00:00Z`), the format of `requests.md` §2.
enum WholeSecondTime {
    static func format(_ date: Date) -> String { format(seconds: seconds(date)) }

    static func format(seconds: Int64) -> String {
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    static func now() -> String { format(Date()) }

    /// Whole seconds since 1970 of `date`, rounded down.
    static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }
}
