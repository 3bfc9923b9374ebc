import JSON

/// The client-id rules of `requests.md` §3.1; comparisons ignore ASCII case.
enum SystemClientIdRules {
    static func validate(_ value: JSONValue?, isTaken: (String) throws -> Bool,
                         failures: inout SystemFailures) throws -> [String] {
        guard let value else { return [] }
        guard case .array(let items) = value else {
            failures.add(.clientId, "STD.VLD-00005", detail: "clientId must be an array.")
            return []
        }
        var ids: [String] = []
        var seen = Set<String>()
        for item in items {
            guard case .string(let id) = item else {
                failures.add(.clientId, "STD.VLD-00005", detail: "Each client id must be a string.")
                continue
            }
            ids.append(id)
            if id.isEmpty {
                failures.add(.clientId, "STD.VLD-00006", detail: "A client id is empty.")
                continue
            }
            if id.unicodeScalars.count > 255 {
                failures.add(.clientId, "STD.VLD-00008", detail: "A client id is longer than 255 characters.")
            }
            if !seen.insert(key(id)).inserted {
                failures.add(.clientId, "AUTH.VLD-00011", detail: "The body repeats client ids.", values: [id])
            } else if try isTaken(id) {
                failures.add(.clientId, "AUTH.VLD-00004", detail: "A client id is used by another system.",
                             values: [id])
            }
        }
        return ids
    }

    /// The comparison key: ASCII letters in lower case, everything else as is.
    static func key(_ id: String) -> String {
        String(String.UnicodeScalarView(id.unicodeScalars.map { scalar in
            (scalar.value >= 65 && scalar.value <= 90) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
        }))
    }
}
