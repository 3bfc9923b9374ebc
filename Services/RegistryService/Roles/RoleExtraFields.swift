import JSON
import ServiceKit

/// The optional role fields kept as written (§3.5): `valgtAv` `{kode, beskrivelse}`, `ansvarsandel`
/// (string) and `fullmektige` (`[{navn, adresse[]}]`), stored together as one compact JSON object.
enum RoleExtraFields {
    static let names = ["valgtAv", "ansvarsandel", "fullmektige"]

    static func read(_ role: JSONValue, path: String, _ failures: inout ValidationFailures) -> String? {
        var members: [(String, JSONValue)] = []
        if let value = present(role["valgtAv"]) {
            if case .object = value {
                let kept = ["kode", "beskrivelse"].compactMap { key in value[key]?.stringValue.map { (key, JSONValue.string($0)) } }
                members.append(("valgtAv", .object(kept)))
            } else {
                failures.add(.wrongType(path: path + "/valgtAv", expected: "an object {kode, beskrivelse}"))
            }
        }
        if let value = present(role["ansvarsandel"]) {
            if let text = value.stringValue { members.append(("ansvarsandel", .string(text))) } else {
                failures.add(.wrongType(path: path + "/ansvarsandel", expected: "a string"))
            }
        }
        if let value = present(role["fullmektige"]) {
            if let items = value.arrayValue, items.allSatisfy({ $0.objectValue != nil }) {
                members.append(("fullmektige", value))
            } else {
                failures.add(.wrongType(path: path + "/fullmektige", expected: "an array of objects"))
            }
        }
        guard !members.isEmpty else { return nil }
        return String(decoding: JSONValue.object(members).encoded(), as: UTF8.self)
    }

    /// Writes the stored members into the role object being written.
    static func write(_ extra: String?, into json: inout JSONWriter) {
        guard let extra, case .object(let members)? = try? JSONValue.parse(extra) else { return }
        for (name, value) in members { json.member(name, value) }
    }

    private static func present(_ value: JSONValue?) -> JSONValue? {
        guard let value, !value.isNull else { return nil }
        return value
    }
}
