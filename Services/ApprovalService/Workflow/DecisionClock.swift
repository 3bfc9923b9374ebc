import Foundation

/// Decision times: RFC 3339 UTC in whole seconds (`2026-11-23T10:05:00Z`), as the contract's examples.
enum DecisionClock {
    static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

extension DecisionClock {
    /// Parses a time written by `format` (or any RFC 3339 without fractions); the epoch when unreadable.
    static func parse(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text) ?? Date(timeIntervalSince1970: 0)
    }
}
