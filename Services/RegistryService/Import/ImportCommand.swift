import Foundation
import JSON

/// `RegistryService import` (§6): exit 0 when finished (even with rejects), 1 on a fatal error (the
/// live database untouched, the staging file kept for `--resume`), 2 on a usage error. Only the
/// summary goes to stdout, and only on success.
enum ImportCommand {
    static let usage = """
        RegistryService import [--enheter FILE] [--underenheter FILE] [--roller FILE] [--db PATH]
            [--batch N] [--resume] [--report FILE]: replace the data with the bulk files (gzip or plain JSON).
        """

    static func run(arguments: [String]) -> Int32 {
        if arguments.contains("--help") || arguments.contains("-h") {
            print(usage)
            return 0
        }
        let started = Date()
        do {
            let options = try ImportOptions(arguments: arguments, environment: ProcessInfo.processInfo.environment)
            let (epoch, counts) = try run(options)
            let summary = JSONValue.object([
                ("epoch", .string(epoch)),
                ("files", .object(ImportKind.allCases.map { ($0.rawValue, (counts[$0] ?? ImportCounts()).json) })),
                ("seconds", .double((Date().timeIntervalSince(started) * 1000).rounded() / 1000)),
            ])
            FileHandle.standardOutput.write(Data(summary.encoded() + [0x0A]))
            return 0
        } catch {
            ImportReporter.log("error", error.message)
            return error.exitCode
        }
    }

    private static func run(_ options: ImportOptions) throws(ImportError) -> (String, [ImportKind: ImportCounts]) {
        let started = Date()
        var inputs: [ImportKind: InputIdentity] = [:]
        for (kind, path) in options.files { inputs[kind] = try InputIdentity(path: path) }
        let directory = (options.databasePath as NSString).deletingLastPathComponent
        if !directory.isEmpty { try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        let lock = try ImportLock(path: options.stagingPath + ".lock")
        defer { withExtendedLifetime(lock) {} }
        let reporter = try ImportReporter(reportPath: options.reportPath)
        let staging = try ImportStaging.open(path: options.stagingPath, inputs: inputs, resume: options.resume)
        do {
            let counts = try ImportRun(options: options, staging: staging, reporter: reporter).load()
            ImportReporter.log("info", "records loaded", [("seconds", .double(Date().timeIntervalSince(started)))])
            let details = ImportKind.allCases.map { ($0.rawValue, (counts[$0] ?? ImportCounts()).json) }
            let epoch = try staging.finish(livePath: options.databasePath, details: details)
            try? FileManager.default.removeItem(atPath: options.stagingPath + ".lock")
            return (epoch, counts)
        } catch {
            let failure = (error as? ImportError) ?? .fatal("database: \(error)")
            staging.recordFailure(failure.message)
            throw failure
        }
    }
}
