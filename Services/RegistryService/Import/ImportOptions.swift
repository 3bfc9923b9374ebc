import Foundation

/// The arguments of `RegistryService import` (§6).
struct ImportOptions: Equatable {
    static let defaultBatch = 10_000
    static let batchRange = 1...1_000_000

    var files: [ImportKind: String] = [:]
    var databasePath: String
    var batch = Self.defaultBatch
    var resume = false
    var reportPath: String?

    /// `<db>.import`, the staging database.
    var stagingPath: String { databasePath + ".import" }

    /// Parses `arguments`; `--db` defaults to `DATABASE_PATH`, then `./data/registry.sqlite`.
    init(arguments: [String], environment: [String: String]) throws(ImportError) {
        databasePath = environment["DATABASE_PATH"].flatMap { $0.isEmpty ? nil : $0 } ?? "./data/registry.sqlite"
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--resume":
                resume = true
            case "--enheter", "--underenheter", "--roller", "--db", "--batch", "--report":
                guard let value = remaining.popFirst(), !value.isEmpty else {
                    throw .usage("\(argument) needs a value")
                }
                try apply(argument, value)
            default:
                throw .usage("unknown argument \(argument)")
            }
        }
        guard !files.isEmpty else { throw .usage("give at least one of --enheter, --underenheter, --roller") }
    }

    private mutating func apply(_ option: String, _ value: String) throws(ImportError) {
        switch option {
        case "--db": databasePath = value
        case "--report": reportPath = value
        case "--batch":
            guard value.utf8.allSatisfy({ (48...57).contains($0) }), let number = Int(value),
                  Self.batchRange.contains(number) else {
                throw .usage("--batch must be an integer 1-1000000, got \(value)")
            }
            batch = number
        default:
            guard let kind = ImportKind(rawValue: String(option.dropFirst(2))) else { return }
            guard files[kind] == nil else { throw .usage("\(option) given twice") }
            files[kind] = value
        }
    }
}
