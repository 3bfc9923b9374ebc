import JSON

/// Why a token request could not be served.
enum TokenRequestError: Error, Sendable, Equatable {
    /// 400 `STD-00000` with every failure in `validationErrors`.
    case invalidParameters([ParameterProblem])
    /// The key could not sign: a server fault (500), not the caller's.
    case signingFailed(String)

    var status: Int {
        switch self {
        case .invalidParameters: return 400
        case .signingFailed: return 500
        }
    }

    var code: String {
        switch self {
        case .invalidParameters: return "STD-00000"
        case .signingFailed: return "STD-00500"
        }
    }

    var title: String {
        switch self {
        case .invalidParameters: return "One or more validation errors occurred."
        case .signingFailed: return "Internal error."
        }
    }

    /// The `validationErrors` extension member; empty for a signing failure.
    var validationErrors: JSONValue {
        guard case .invalidParameters(let problems) = self else { return .array([]) }
        return .array(problems.map(\.json))
    }

    /// One line with every problem's detail.
    var summary: String {
        switch self {
        case .invalidParameters(let problems): return problems.map(\.detail).joined(separator: " ")
        case .signingFailed(let reason): return reason
        }
    }
}
