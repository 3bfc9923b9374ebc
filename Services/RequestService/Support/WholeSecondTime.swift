import Foundation

/// RFC 3339 UTC with whole seconds (`2026-11-23T10:00:00Z`), the format of `requests.md` §2.
enum WholeSecondTime {
    static func format(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let components = Calendar(identifier: .gregorian).dateComponents(
            in: TimeZone(identifier: "UTC") ?? .current, from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", components.year ?? 0, components.month ?? 0,
                      components.day ?? 0, components.hour ?? 0, components.minute ?? 0, components.second ?? 0)
    }

    static func now() -> String { format(Date()) }
}
