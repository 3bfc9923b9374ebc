/// The arguments of `generate --units N --out DIR [--subunits M] [--seed S]` (`registry.md` §7).
struct GenerateOptions: Sendable, Equatable {
    static let maximumCount = 5_000_000

    var units: Int
    var subunits: Int
    var seed: UInt64
    var outputDirectory: String

    /// Nil when the arguments ask for help.
    static func parse(_ arguments: [String]) throws(GenerateUsageError) -> GenerateOptions? {
        if arguments.contains("--help") || arguments.contains("-h") { return nil }
        var values: [String: String] = [:]
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard ["--units", "--out", "--subunits", "--seed"].contains(flag) else { throw .unknownArgument(flag) }
            guard let value = rest.popFirst() else { throw .missingValue(flag: flag) }
            guard values.updateValue(value, forKey: flag) == nil else { throw .repeated(flag: flag) }
        }
        guard let unitsText = values["--units"] else { throw .missing(flag: "--units") }
        guard let directory = values["--out"] else { throw .missing(flag: "--out") }
        guard !directory.isEmpty else { throw .badValue(flag: "--out", value: "''", expected: "a directory") }
        let units = try count(unitsText, flag: "--units", minimum: 1)
        var subunits = units / 2
        if let text = values["--subunits"] { subunits = try count(text, flag: "--subunits", minimum: 0) }
        var seed: UInt64 = 1
        if let text = values["--seed"] {
            guard let parsed = decimal(text) else {
                throw .badValue(flag: "--seed", value: text, expected: "an unsigned 64-bit integer")
            }
            seed = parsed
        }
        return GenerateOptions(units: units, subunits: subunits, seed: seed, outputDirectory: directory)
    }

    private static func count(_ text: String, flag: String, minimum: Int) throws(GenerateUsageError) -> Int {
        guard let value = decimal(text), value >= minimum, value <= maximumCount else {
            throw .badValue(flag: flag, value: text, expected: "an integer \(minimum)–\(maximumCount)")
        }
        return Int(value)
    }

    /// Plain ASCII decimal digits only: no sign, no spaces, no underscores.
    private static func decimal(_ text: String) -> UInt64? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return nil
        }
        return UInt64(text)
    }
}
