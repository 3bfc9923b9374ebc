import JSON

extension Right {
    /// Reads one right, collecting every shape problem (never only the first). `path` is the right's own
    /// JSON pointer (for example `/rights/0`). A `null` `action` counts as absent; unknown members are ignored.
    /// Content rules (attribute id, catalogue membership, delegability) are separate: `registerProblem(of:)`.
    public static func parse(_ value: JSONValue, path: String) -> Result<Right, RightShapeProblems> {
        var problems: [RightShapeProblem] = []
        guard case .object = value else {
            return .failure(RightShapeProblems([RightShapeProblem(.wrongType(expected: "object", found: value.typeName),
                                                                  path: path)]))
        }
        let pairs = parsePairs(value["resource"], path: path + "/resource", problems: &problems)
        var action: String?
        switch value["action"] {
        case nil, .null?: break
        case .string(let text)?: action = text
        case let other?:
            problems.append(RightShapeProblem(.wrongType(expected: "string", found: other.typeName), path: path + "/action"))
        }
        guard problems.isEmpty else { return .failure(RightShapeProblems(problems)) }
        return .success(Right(resource: pairs, action: action))
    }

    /// Reads an array of rights; element `i` is reported under `path/i`.
    public static func parseList(_ value: JSONValue, path: String) -> Result<[Right], RightShapeProblems> {
        guard case .array(let items) = value else {
            return .failure(RightShapeProblems([RightShapeProblem(.wrongType(expected: "array", found: value.typeName),
                                                                  path: path)]))
        }
        var rights: [Right] = []
        var problems: [RightShapeProblem] = []
        for (index, item) in items.enumerated() {
            switch parse(item, path: "\(path)/\(index)") {
            case .success(let right): rights.append(right)
            case .failure(let failure): problems += failure.problems
            }
        }
        return problems.isEmpty ? .success(rights) : .failure(RightShapeProblems(problems))
    }

    private static func parsePairs(_ value: JSONValue?, path: String,
                                   problems: inout [RightShapeProblem]) -> [AttributePair] {
        guard let value, !value.isNull else {
            problems.append(RightShapeProblem(.missing, path: path))
            return []
        }
        guard case .array(let items) = value else {
            problems.append(RightShapeProblem(.wrongType(expected: "array", found: value.typeName), path: path))
            return []
        }
        if items.isEmpty { problems.append(RightShapeProblem(.missing, path: path)) }
        var pairs: [AttributePair] = []
        for (index, item) in items.enumerated() {
            if let pair = parsePair(item, path: "\(path)/\(index)", problems: &problems) { pairs.append(pair) }
        }
        return pairs
    }

    private static func parsePair(_ item: JSONValue, path: String,
                                  problems: inout [RightShapeProblem]) -> AttributePair? {
        guard case .object = item else {
            problems.append(RightShapeProblem(.wrongType(expected: "object", found: item.typeName), path: path))
            return nil
        }
        let id = requiredString(item["id"], path: path + "/id", problems: &problems)
        let value = requiredString(item["value"], path: path + "/value", problems: &problems)
        guard let id, let value else { return nil }
        return AttributePair(id: id, value: value)
    }

    private static func requiredString(_ value: JSONValue?, path: String,
                                       problems: inout [RightShapeProblem]) -> String? {
        switch value {
        case nil, .null?:
            problems.append(RightShapeProblem(.missing, path: path))
            return nil
        case .string(let text)?:
            return text
        case let other?:
            problems.append(RightShapeProblem(.wrongType(expected: "string", found: other.typeName), path: path))
            return nil
        }
    }
}
