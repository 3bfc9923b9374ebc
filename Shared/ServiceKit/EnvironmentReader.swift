/// Typed reads of environment variables; an empty value counts as unset.
struct EnvironmentReader {
    let environment: [String: String]
    init(_ environment: [String: String]) { self.environment = environment }

    func optionalString(_ name: String) -> String? {
        guard let value = environment[name], !value.isEmpty else { return nil }
        return value
    }

    func string(_ name: String, default value: String) -> String { optionalString(name) ?? value }

    func port(_ name: String, default value: UInt16) throws -> UInt16 {
        guard let text = optionalString(name) else { return value }
        guard let port = UInt16(text) else {
            throw ConfigurationError.invalid(variable: name, value: text, expected: "a port from 0 to 65535")
        }
        return port
    }

    func positiveInt(_ name: String, default value: Int) throws -> Int {
        guard let text = optionalString(name) else { return value }
        guard let number = Int(text), number > 0 else {
            throw ConfigurationError.invalid(variable: name, value: text, expected: "a positive integer")
        }
        return number
    }

    func nonNegativeInt(_ name: String) throws -> Int? {
        guard let text = optionalString(name) else { return nil }
        guard let number = Int(text), number >= 0 else {
            throw ConfigurationError.invalid(variable: name, value: text, expected: "a non-negative integer")
        }
        return number
    }

    func flag(_ name: String, default value: Bool) throws -> Bool {
        guard let text = optionalString(name) else { return value }
        switch text.lowercased() {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: throw ConfigurationError.invalid(variable: name, value: text, expected: "1 or 0")
        }
    }

    func seconds(_ name: String, default value: Double) throws -> Double {
        guard let text = optionalString(name) else { return value }
        guard let number = Double(text), number >= 0, number.isFinite else {
            throw ConfigurationError.invalid(variable: name, value: text, expected: "a number of seconds ≥ 0")
        }
        return number
    }

    func logLevel(_ name: String, default value: LogLevel) throws -> LogLevel {
        guard let text = optionalString(name) else { return value }
        guard let level = LogLevel(rawValue: text.lowercased()) else {
            throw ConfigurationError.invalid(variable: name, value: text, expected: "debug, info, warning or error")
        }
        return level
    }
}
