import JSON

/// Writes `enheter.json.gz` or `underenheter.json.gz`.
struct UnitFileJob: Sendable {
    enum Kind: Sendable { case enheter, underenheter }

    let kind: Kind
    let seed: UInt64
    let facts: EnhetFacts
    let numbers: UnitNumbers
    let path: String

    /// Returns the number of records written.
    func run() throws(GenerateFailure) -> Int {
        let file = try GzipJSONArrayFile(path: path)
        switch kind {
        case .enheter:
            let writer = EnhetRecordWriter(seed: seed, facts: facts, numbers: numbers.enheter)
            for index in numbers.enheter.indices {
                var json = JSONWriter(capacity: 1024)
                writer.write(index, into: &json)
                try file.append(json)
            }
        case .underenheter:
            let writer = UnderenhetRecordWriter(seed: seed, facts: facts, enhetNumbers: numbers.enheter,
                                                numbers: numbers.underenheter)
            // Exactly 1 % of underenheter are deleted (`registry.md` §7).
            var random = SplitMix64(seed: seed, stream: 9, index: 0)
            var deletions = QuotaSampler(items: numbers.underenheter.count, shares: [0.01])
            for index in numbers.underenheter.indices {
                var json = JSONWriter(capacity: 1024)
                writer.write(index, deleted: deletions.next(using: &random) != nil, into: &json)
                try file.append(json)
            }
        }
        try file.finish()
        return kind == .enheter ? numbers.enheter.count : numbers.underenheter.count
    }
}
