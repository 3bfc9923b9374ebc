/// A bad `generate` command line (exit 2, `registry.md` §7).
enum GenerateUsageError: Error, Equatable, CustomStringConvertible {
    case unknownArgument(String)
    case missingValue(flag: String)
    case repeated(flag: String)
    case missing(flag: String)
    case badValue(flag: String, value: String, expected: String)

    var description: String {
        switch self {
        case .unknownArgument(let argument): return "unknown argument \(argument)"
        case .missingValue(let flag): return "\(flag) needs a value"
        case .repeated(let flag): return "\(flag) is given more than once"
        case .missing(let flag): return "\(flag) is required"
        case let .badValue(flag, value, expected): return "\(flag) \(value) is not \(expected)"
        }
    }
}
