import Foundation

/// A replica's settings (§1, §8): the primary's URL from `--follow` (carried as `REGISTRY_FOLLOW`) and
/// `FOLLOW_POLL_MS`. Bad values are usage errors, checked before serving.
struct FollowSettings: Sendable, Equatable {
    /// The environment variable `--follow URL` sets.
    static let followVariable = "REGISTRY_FOLLOW"
    static let pollVariable = "FOLLOW_POLL_MS"
    static let defaultPollMilliseconds = 200

    /// The primary's base URL, without a trailing `/`.
    let primaryURL: String
    /// The delay between feed polls while caught up.
    let pollInterval: Duration

    /// The settings of a replica, or nil when the node is a primary (no `--follow`). Throws for a bad
    /// URL or poll interval, also on a primary (they are usage errors whatever the role).
    static func read(_ environment: [String: String]) throws(FollowSettingsError) -> FollowSettings? {
        let milliseconds = try pollMilliseconds(environment[pollVariable])
        guard let text = environment[followVariable] else { return nil }
        return FollowSettings(primaryURL: try primaryURL(text), pollInterval: .milliseconds(milliseconds))
    }

    /// An integer 10–60000; unset or empty means 200.
    static func pollMilliseconds(_ text: String?) throws(FollowSettingsError) -> Int {
        guard let text, !text.isEmpty else { return defaultPollMilliseconds }
        guard let value = Int(text), (10...60_000).contains(value) else { throw .badPollInterval(text) }
        return value
    }

    /// An absolute `http://` or `https://` URL with a host, without query or fragment; one trailing
    /// `/` is dropped.
    static func primaryURL(_ text: String) throws(FollowSettingsError) -> String {
        let lowered = text.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://"),
              !text.contains("?"), !text.contains("#"),
              !text.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }),
              let components = URLComponents(string: text), let host = components.host, !host.isEmpty,
              components.query == nil, components.fragment == nil else {
            throw .badURL(text)
        }
        return text.hasSuffix("/") ? String(text.dropLast()) : text
    }
}
