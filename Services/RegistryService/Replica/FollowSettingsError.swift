/// Why `--follow` or `FOLLOW_POLL_MS` is a usage error (exit 2).
enum FollowSettingsError: Error, Equatable, CustomStringConvertible {
    case badURL(String)
    case badPollInterval(String)

    var description: String {
        switch self {
        case .badURL(let text):
            "--follow \(text) is invalid: expected an absolute http:// or https:// URL without query or fragment"
        case .badPollInterval(let text):
            "FOLLOW_POLL_MS=\(text) is invalid: expected an integer from 10 to 60000"
        }
    }
}
