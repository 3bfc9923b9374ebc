/// The Approval Service's own variables (`approval.md` §1), checked before serving: a bad value is a
/// usage error (exit 2).
struct ApprovalSettings: Sendable {
    enum SettingError: Error, CustomStringConvertible {
        case outOfRange(name: String, value: String, range: ClosedRange<Int>)
        case unknownFault(String)

        var description: String {
            switch self {
            case let .outOfRange(name, value, range):
                return "\(name) must be an integer from \(range.lowerBound) to \(range.upperBound), not '\(value)'"
            case let .unknownFault(value):
                return "APPROVAL_FAULT must be one of \(FaultPoint.allCases.map(\.rawValue).joined(separator: ", ")), not '\(value)'"
            }
        }
    }

    var pageSize = 50
    var reconcileSeconds = 5
    /// The armed crash point; only with `ALLOW_FAULT_INJECTION=1`.
    var fault: FaultPoint?
    var demoLogin = false

    init() {}

    init(environment: [String: String]) throws {
        pageSize = try Self.integer("APPROVAL_PAGE_SIZE", in: environment, default: 50, range: 1...1000)
        reconcileSeconds = try Self.integer("APPROVAL_RECONCILE_SECONDS", in: environment, default: 5, range: 1...3600)
        if environment["ALLOW_FAULT_INJECTION"] == "1", let text = environment["APPROVAL_FAULT"] {
            guard let point = FaultPoint(rawValue: text) else { throw SettingError.unknownFault(text) }
            fault = point
        }
        demoLogin = environment["APPROVAL_DEMO_LOGIN"] == "1"
    }

    private static func integer(_ name: String, in environment: [String: String], default value: Int,
                                range: ClosedRange<Int>) throws -> Int {
        guard let text = environment[name] else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw SettingError.outOfRange(name: name, value: text, range: range)
        }
        return number
    }
}
