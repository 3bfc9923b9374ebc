import Foundation
import JSON

/// `RegistryService generate --units N --out DIR [--subunits M] [--seed S]` (`registry.md` §7): writes a
/// synthetic data set in the bulk formats and prints one JSON summary line. Exit 0 on success, 1 when a
/// file cannot be written, 2 on a usage error.
enum GenerateCommand {
    static let usage = """
        RegistryService generate --units N --out DIR [--subunits M] [--seed S]
          Writes DIR/enheter.json.gz, DIR/underenheter.json.gz and DIR/roller.json.gz, a synthetic data
          set of N enheter (1–5000000) and M underenheter (0–5000000, default N/2) in the bulk import
          formats. The same N, M and S (an unsigned 64-bit integer, default 1) give the same bytes.
        """

    static func run(arguments: [String]) -> Int32 {
        let options: GenerateOptions
        do {
            guard let parsed = try GenerateOptions.parse(arguments) else {
                print("usage: " + usage)
                return 0
            }
            options = parsed
        } catch {
            printError("RegistryService generate: \(error)")
            return 2
        }
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let summary = try DataSetGenerator(options: options).run()
            let elapsed = start.duration(to: clock.now).components
            let milliseconds = elapsed.seconds * 1000 + elapsed.attoseconds / 1_000_000_000_000_000
            print(summaryLine(summary, seconds: Double(milliseconds) / 1000))
            return 0
        } catch {
            printError("RegistryService generate: \(error)")
            return 1
        }
    }

    static func summaryLine(_ summary: DataSetGenerator.Summary, seconds: Double) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.member("enheter", summary.enheter)
        json.member("underenheter", summary.underenheter)
        json.member("roller", summary.roles)
        json.key("seconds")
        json.double(seconds)
        json.endObject()
        return String(decoding: json.bytes, as: UTF8.self)
    }

    private static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
