/// Parses `--flag value` and `--flag=value` arguments into named parameters.
enum CommandLineOptions {
    /// `flags` maps each accepted flag (`--client-id`) to the parameter it sets (`clientId`).
    /// Unknown flags, repeated flags, flags without a value and positional arguments are usage errors.
    static func parse(_ arguments: ArraySlice<String>, flags: [String: String]) throws(UsageError) -> [String: String] {
        var values: [String: String] = [:]
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            guard argument.hasPrefix("--") else { throw UsageError("unexpected argument '\(argument)'") }
            let flag: String
            let value: String
            if let equals = argument.firstIndex(of: "=") {
                flag = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            } else {
                flag = argument
                guard let next = remaining.popFirst() else { throw UsageError("\(flag) needs a value") }
                value = next
            }
            guard let name = flags[flag] else { throw UsageError("unknown option '\(flag)'") }
            guard values[name] == nil else { throw UsageError("\(flag) given twice") }
            values[name] = value
        }
        return values
    }
}
