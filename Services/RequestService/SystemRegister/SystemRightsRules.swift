import Domain
import JSON

/// The rights rules of `requests.md` §3.1.
enum SystemRightsRules {
    static func validate(_ value: JSONValue?, failures: inout SystemFailures) -> [Right] {
        guard let value else { return [] }
        guard case .array(let items) = value else {
            failures.add(.rights, "STD.VLD-00005", detail: "rights must be an array.")
            return []
        }
        var rights: [Right] = []
        for (index, item) in items.enumerated() {
            switch Right.parse(item, path: "/rights/\(index)") {
            case .success(let right): rights.append(right)
            case .failure(let problems):
                for problem in problems.problems { failures.add(.rights, problem.code, detail: problem.detail) }
            }
        }
        for right in rights {
            for (pair, problem) in right.registerProblems {
                failures.add(.rights, problem.code, detail: detail(problem, pair), values: [pair.value])
            }
        }
        for duplicate in Right.duplicates(in: rights) {
            failures.add(.rights, "AUTH.VLD-00006", detail: "Duplicate rights were found.",
                         values: duplicate.resourceValues)
        }
        return rights
    }

    private static func detail(_ problem: RightContentProblem, _ pair: AttributePair) -> String {
        switch problem {
        case .attributeIdNotResource: return "'\(pair.id)' is not urn:altinn:resource."
        case .unknownResource: return "The resource '\(pair.value)' does not exist."
        case .resourceNotDelegable: return "The resource '\(pair.value)' is not delegable."
        }
    }
}
