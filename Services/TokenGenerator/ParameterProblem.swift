import JSON

/// One element of a 400 problem's `validationErrors` (spec README §Errors, catalogue.md §6.3).
struct ParameterProblem: Sendable, Equatable {
    let code: String
    let title: String
    /// The query parameter at fault (`ttl`), and what it lacks ("must be an integer from 1 to 86400").
    let parameter: String
    let requirement: String

    static func missing(_ parameter: String) -> ParameterProblem {
        ParameterProblem(code: "STD.VLD-00004", title: "A required field or parameter is missing.",
                         parameter: parameter, requirement: "is required")
    }

    static func badFormat(_ parameter: String, _ requirement: String) -> ParameterProblem {
        ParameterProblem(code: "STD.VLD-00006", title: "A value is not one of the allowed values or has the wrong format.",
                         parameter: parameter, requirement: requirement)
    }

    var detail: String { "The query parameter \(parameter) \(requirement)." }

    var json: JSONValue {
        ["code": .string(code), "title": .string(title), "detail": .string(detail), "paths": [.string("?\(parameter)")]]
    }
}
