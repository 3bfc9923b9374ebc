import Foundation
import JSON

/// Writes the reject and warning lines (§6) to stderr and, with `--report`, to the report file;
/// other log lines go to stderr only, as JSON lines without a `record` member.
final class ImportReporter {
    private let report: FileHandle?

    /// Creates or truncates the report file.
    init(reportPath: String?) throws(ImportError) {
        guard let reportPath else {
            report = nil
            return
        }
        guard FileManager.default.createFile(atPath: reportPath, contents: nil),
              let handle = FileHandle(forWritingAtPath: reportPath) else {
            throw .fatal("cannot write the report file \(reportPath)")
        }
        report = handle
    }

    deinit { try? report?.close() }

    func rejected(file: String, record: Int, offset: Int64, reason: String) {
        line(file: file, record: record, offset: offset, reason: reason, warning: false)
    }

    func warning(file: String, record: Int, offset: Int64, reason: String) {
        line(file: file, record: record, offset: offset, reason: reason, warning: true)
    }

    /// A log line: `{"level", "message"}` plus any extra members.
    static func log(_ level: String, _ message: String, _ extra: [(String, JSONValue)] = []) {
        let value = JSONValue.object([("level", .string(level)), ("message", .string(message))] + extra)
        FileHandle.standardError.write(Data(value.encoded() + [0x0A]))
    }

    private func line(file: String, record: Int, offset: Int64, reason: String, warning: Bool) {
        var json = JSONWriter(capacity: 160)
        json.beginObject()
        json.member("file", file)
        json.member("record", record)
        json.member("offset", Int(offset))
        json.member("reason", reason)
        if warning { json.member("warning", true) }
        json.endObject()
        let bytes = Data(json.bytes + [0x0A])
        FileHandle.standardError.write(bytes)
        report?.write(bytes)
    }
}
