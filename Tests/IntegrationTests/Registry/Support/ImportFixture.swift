import Compression
import Foundation
import JSON
import XCTest

/// Input files and runs of `RegistryService import` (`registry.md` §6) in a temporary directory.
struct ImportFixture {
    let directory: URL
    var databasePath: String { directory.appendingPathComponent("registry.sqlite").path }

    init() throws { directory = try TemporaryDirectory.make(prefix: "import") }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Writes `records` as one JSON array; gzip (in `members` concatenated members) or plain.
    @discardableResult
    func write(_ name: String, _ records: [JSONValue], gzip: Bool = true, members: Int = 1) throws -> String {
        try write(name, raw: JSONValue.array(records).encoded(), gzip: gzip, members: members)
    }

    @discardableResult
    func write(_ name: String, raw: [UInt8], gzip: Bool = true, members: Int = 1) throws -> String {
        var bytes: [UInt8] = []
        if gzip {
            let size = max(1, (raw.count + members - 1) / members)
            var start = 0
            while start < raw.count {
                let end = min(raw.count, start + size)
                bytes += try Self.gzip(Array(raw[start..<end]))
                start = end
            }
        } else {
            bytes = raw
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path(name)))
        return path(name)
    }

    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        var output: [UInt8] = []
        let writer = try GzipWriter(sink: { output += $0 })
        try writer.write(bytes)
        try writer.finish()
        return output
    }

    /// Runs `import` with `--db` set to this fixture's database.
    func run(_ arguments: [String], db: Bool = true) throws -> ToolRun.Result {
        try ToolRun.run(ServiceProcess.executable("RegistryService"),
                        ["import"] + arguments + (db ? ["--db", databasePath] : []), environment: [:])
    }

    // MARK: records

    static func enhet(_ number: String, navn: String = "IMPORTERT TESTFIRMA AS", form: String = "AS",
                      extra: [(String, JSONValue)] = []) -> JSONValue {
        .object([("organisasjonsnummer", .string(number)), ("navn", .string(navn)),
                 ("organisasjonsform", ["kode": .string(form), "beskrivelse": "Aksjeselskap"]),
                 ("forretningsadresse", ["kommunenummer": "0301", "adresse": ["Testveien 1"]]),
                 ("naeringskode1", ["kode": "62.010", "beskrivelse": "Programmeringstjenester"])] + extra)
    }

    static func underenhet(_ number: String, parent: String, navn: String = "IMPORTERT AVDELING") -> JSONValue {
        .object([("organisasjonsnummer", .string(number)), ("navn", .string(navn)),
                 ("organisasjonsform", "BEDR"), ("overordnetEnhet", .string(parent))])
    }

    static func person(_ type: String, fodselsnummer: String, fornavn: String, etternavn: String) -> JSONValue {
        ["type": ["kode": .string(type)],
         "person": ["fodselsnummer": .string(fodselsnummer), "navn": ["fornavn": .string(fornavn),
                                                                     "etternavn": .string(etternavn)]],
         "fratraadt": false, "avregistrert": false]
    }

    static func enhetRole(_ type: String, holder: String) -> JSONValue {
        ["type": ["kode": .string(type)], "enhet": ["organisasjonsnummer": .string(holder), "navn": ["X"]],
         "fratraadt": false]
    }

    static func roles(_ number: String, _ groups: [(type: String, sistEndret: String?, roles: [JSONValue])]) -> JSONValue {
        .object([("organisasjonsnummer", .string(number)),
                 ("rollegrupper", .array(groups.map { group in
                     var members: [(String, JSONValue)] = [("type", ["kode": .string(group.type)])]
                     if let date = group.sistEndret { members.append(("sistEndret", .string(date))) }
                     members.append(("roller", .array(group.roles)))
                     return .object(members)
                 }))])
    }
}

extension ToolRun.Result {
    /// The stderr lines that are JSON objects.
    var stderrJSON: [JSONValue] {
        stderr.split(separator: "\n").compactMap { try? JSONValue.parse(Array($0.utf8)) }
    }

    /// The reject lines (with `record`, without `warning`).
    var rejects: [JSONValue] { stderrJSON.filter { $0["record"] != nil && $0["warning"] == nil } }
    var warnings: [JSONValue] { stderrJSON.filter { $0["warning"]?.boolValue == true } }
    var summary: JSONValue? { try? JSONValue.parse(Array(stdout.utf8)) }

    func count(_ kind: String, _ name: String) -> Int64? { summary?["files"]?[kind]?[name]?.intValue }
}
