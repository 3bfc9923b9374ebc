import JSON

/// Writes `roller.json.gz`: one record per enhet with roles, in the enheter file's order.
struct RoleFileJob: Sendable {
    let seed: UInt64
    let facts: EnhetFacts
    let numbers: [UInt32]
    let roster: FirmRoster
    let path: String

    /// Returns the number of roles written.
    func run() throws(GenerateFailure) -> Int {
        var writer = RoleRecordWriter(seed: seed, facts: facts, numbers: numbers, roster: roster)
        let file = try GzipJSONArrayFile(path: path)
        var roles = 0
        for index in numbers.indices {
            var json = JSONWriter(capacity: 2048)
            let count = writer.write(index, into: &json)
            guard count > 0 else { continue }
            roles += count
            try file.append(json)
        }
        try file.finish()
        return roles
    }
}
