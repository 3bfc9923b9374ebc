import Compression
import Foundation
import JSON
import XCTest

/// A data set written by the real `RegistryService generate`, read back with the shared gzip and
/// streaming JSON readers (the way the importer reads it). The files are kept in memory and their
/// temporary directory removed.
struct GenerateDataSet: Sendable {
    let files: [String: Data]
    let summary: JSONValue
    let enheter: [JSONValue]
    let underenheter: [JSONValue]
    let roller: [JSONValue]

    static let fileNames = ["enheter.json.gz", "underenheter.json.gz", "roller.json.gz"]

    /// Runs `generate` with `arguments` (after `--out DIR`) into a new temporary directory.
    static func make(_ arguments: [String]) throws -> GenerateDataSet {
        let parent = try TemporaryDirectory.make(prefix: "generate")
        defer { try? FileManager.default.removeItem(at: parent) }
        let directory = parent.appendingPathComponent("out")
        let result = try ToolRun.run(ServiceProcess.executable("RegistryService"),
                                     ["generate", "--out", directory.path] + arguments, environment: [:])
        guard result.status == 0 else {
            throw GenerateDataSetError.failed(status: result.status, stderr: result.stderr)
        }
        let summary = try JSONValue.parse(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        var files: [String: Data] = [:]
        for name in fileNames { files[name] = try Data(contentsOf: directory.appendingPathComponent(name)) }
        return GenerateDataSet(files: files, summary: summary,
                               enheter: try readArray(directory.appendingPathComponent(fileNames[0])),
                               underenheter: try readArray(directory.appendingPathComponent(fileNames[1])),
                               roller: try readArray(directory.appendingPathComponent(fileNames[2])))
    }

    static func readArray(_ url: URL) throws -> [JSONValue] {
        let reader = try GzipReader(path: url.path)
        var stream = JSONArrayStreamReader { try reader.next() }
        var elements: [JSONValue] = []
        while let element = try stream.next() { elements.append(element.value) }
        return elements
    }

    func bytes(of file: String) throws -> Data { try XCTUnwrap(files[file], file) }

    var enheterByNumber: [String: JSONValue] {
        Dictionary(enheter.map { ($0["organisasjonsnummer"]?.stringValue ?? "", $0) }) { first, _ in first }
    }

    /// Every role object of every record, with the record's organisasjonsnummer.
    var roles: [(unit: String, role: JSONValue)] {
        roller.flatMap { record in
            let unit = record["organisasjonsnummer"]?.stringValue ?? ""
            return (record["rollegrupper"]?.arrayValue ?? []).flatMap { group in
                (group["roller"]?.arrayValue ?? []).map { (unit, $0) }
            }
        }
    }
}

enum GenerateDataSetError: Error, CustomStringConvertible {
    case failed(status: Int32, stderr: String)

    var description: String {
        switch self {
        case let .failed(status, stderr): return "generate exited \(status): \(stderr)"
        }
    }
}

extension JSONValue {
    /// The value at a path of object keys.
    subscript(path path: String...) -> JSONValue? {
        path.reduce(Optional(self)) { value, key in value?[key] }
    }

    var objectKeys: [String] { objectValue?.map(\.0) ?? [] }
}

/// The data sets the generate tests share, each made once per test run.
enum GenerateFixture {
    /// `generate --units 2000`: the acceptance size of `registry.md` §10.
    static let standard = Result { try GenerateDataSet.make(["--units", "2000"]) }
    /// A second run with the same arguments, for the byte-identity check.
    static let repeated = Result { try GenerateDataSet.make(["--units", "2000"]) }
}
