import Foundation
import JSON

/// The binding rules of request bodies (`requests.md` §2): property names are matched
/// case-insensitively (stored here in lower case, the last of two equal names wins), `null` is an
/// absent property, and strings held directly by an object are trimmed (strings in arrays are not).
/// `untrimmed` names top-level members kept as sent (the system `id`).
enum BodyNormalization {
    static func normalize(_ value: JSONValue, untrimmed: Set<String> = []) -> JSONValue {
        switch value {
        case .object(let members):
            var result: [(String, JSONValue)] = []
            for (name, member) in members {
                let key = name.lowercased()
                result.removeAll { $0.0 == key }
                if member.isNull { continue }
                result.append((key, normalizeMember(member, trim: !untrimmed.contains(key))))
            }
            return .object(result)
        case .array(let items):
            return .array(items.map { item in
                if case .string = item { return item }
                return normalize(item)
            })
        default:
            return value
        }
    }

    private static func normalizeMember(_ member: JSONValue, trim: Bool) -> JSONValue {
        if case .string(let text) = member {
            return trim ? .string(text.trimmingCharacters(in: .whitespacesAndNewlines)) : member
        }
        return normalize(member)
    }
}
