/// The Request Service's own variables (`requests.md` §1), checked before serving: a value outside its
/// range or not an integer is a usage error (exit 2).
struct RequestSettings: Sendable {
    enum SettingError: Error, CustomStringConvertible {
        case invalid(name: String, value: String, range: ClosedRange<Int>)

        var description: String {
            switch self {
            case let .invalid(name, value, range):
                return "\(name) must be an integer from \(range.lowerBound) to \(range.upperBound), not '\(value)'"
            }
        }
    }

    var requestTTLSeconds: Int
    var requestPageSize: Int
    var registryCacheSeconds: Int

    init(environment: [String: String]) throws {
        requestTTLSeconds = try Self.integer("REQUEST_TTL_SECONDS", in: environment, default: 15_552_000,
                                             range: 1...315_360_000)
        requestPageSize = try Self.integer("REQUEST_PAGE_SIZE", in: environment, default: 50, range: 1...1000)
        registryCacheSeconds = try Self.integer("REGISTRY_CACHE_SECONDS", in: environment, default: 1, range: 0...3600)
    }

    private static func integer(_ name: String, in environment: [String: String], default value: Int,
                                range: ClosedRange<Int>) throws -> Int {
        guard let text = environment[name] else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw SettingError.invalid(name: name, value: text, range: range)
        }
        return number
    }
}
