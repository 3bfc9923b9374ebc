import Domain
import HTTPServer
import JSON
import ServiceKit

/// Collects system-register validation failures: one element per code and path, the offending values
/// merged in body order without repeats, ordered by field then code (`requests.md` §2).
struct SystemFailures: Sendable {
    private struct Entry: Sendable {
        var field: SystemField
        var code: String
        var path: String
        var detail: String
        var extensionName: String?
        var values: [String]
    }

    private var entries: [Entry] = []

    var isEmpty: Bool { entries.isEmpty }

    mutating func add(_ field: SystemField, _ code: String, detail: String, path: String? = nil,
                      values: [String] = []) {
        let path = path ?? field.path
        if let index = entries.firstIndex(where: { $0.code == code && $0.path == path }) {
            for value in values where !entries[index].values.contains(value) { entries[index].values.append(value) }
            return
        }
        var unique: [String] = []
        for value in values where !unique.contains(value) { unique.append(value) }
        entries.append(Entry(field: field, code: code, path: path, detail: detail,
                             extensionName: Self.extensionName(code), values: unique))
    }

    var failures: [ValidationFailure] {
        let ordered = entries.enumerated().sorted { a, b in
            if a.element.field != b.element.field { return a.element.field < b.element.field }
            if a.element.code != b.element.code { return a.element.code < b.element.code }
            return a.offset < b.offset
        }
        return ordered.map { _, entry in
            var extensions: [(String, JSONValue)] = []
            if let name = entry.extensionName { extensions.append((name, JSONValue(entry.values))) }
            return ValidationFailure(code: entry.code, title: ErrorCatalogue.entry(entry.code)?.title ?? entry.code,
                                     detail: entry.detail, paths: [entry.path], extensions: extensions)
        }
    }

    /// Throws 400 `STD-00000` when anything failed.
    func check() throws {
        guard !entries.isEmpty else { return }
        throw ProblemDetails.validation(failures)
    }

    /// The extension member naming the values (`catalogue.md` §6.3).
    private static func extensionName(_ code: String) -> String? {
        switch code {
        case "AUTH.VLD-00003", "AUTH.VLD-00006", "AUTH.VLD-00009", "AUTH.VLD-00017": return "resourceIds"
        case "AUTH.VLD-00007", "AUTH.VLD-00008", "AUTH.VLD-00018": return "accessPackages"
        case "AUTH.VLD-00004", "AUTH.VLD-00011": return "clientIds"
        case "AUTH.VLD-00005": return "redirectUrls"
        default: return nil
        }
    }

    /// One failure, alone.
    static func single(_ field: SystemField, _ code: String, detail: String, path: String? = nil) -> ProblemDetails {
        var failures = SystemFailures()
        failures.add(field, code, detail: detail, path: path)
        return ProblemDetails.validation(failures.failures)
    }
}
