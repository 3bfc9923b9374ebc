@testable import RegistryService
import JSON

/// Variants of a generated roller record for `RoleSplicerTests`: each member the readers look at, at
/// each level (record, group, role, person, name, holder unit), replaced by (or given) values of every
/// type and awkward spellings, dropped, or repeated; plus whole roles repeated or broken, empty arrays,
/// whitespace and escapes.
enum RoleRecordMutations {
    static let values = [
        "null", #""ja""#, "5", "5.0", "-1", "0", "1e2", "-0", "12345678901234567", "true", "false", "[]", "{}",
        #"["a",1]"#, #""2020-02-30""#, #""2020-01-01""#, #""314250052""#, #""314250053""#, #""a\"b""#,
        #""\u00C5""#, #""""#, " \"x\" ", #""DAGL""#, #""XXXX""#, #"{"kode":"DAGL"}"#,
        #"{"kode":"REVI","beskrivelse":5}"#,
        #"{"kode":"XXXX"}"#, #"{"kode":5}"#, #"{"kode":"DAGL","kode":"LEDE"}"#, #"{"fornavn":"A","etternavn":"B"}"#,
        #"{"fornavn":"A","mellomnavn":"","etternavn":"B"}"#, #"{"organisasjonsnummer":"314250052"}"#,
        #"{"organisasjonsnummer":null}"#, #"[{"navn":"x","adresse":["y"]}]"#, #"[]"#, #""1/2""#, #""Ås""#,
        #""01010112345""#, #""31129912345""#, #""15076500565""#,
    ]

    /// Where members are mutated: a path of member names and array positions from the record, and the
    /// names to mutate there; for the first role, the first person role and the first unit-held role.
    static func targets(_ record: JSONValue) -> [(path: [Step], names: [String])] {
        let roleNames = ["type", "person", "enhet", "fratraadt", "avregistrert", "valgtAv", "ansvarsandel",
                         "fullmektige", "rekkefolge", "ukjent"]
        var targets: [(path: [Step], names: [String])] = [
            ([], ["organisasjonsnummer", "rollegrupper", "ukjent"]),
            ([.name("rollegrupper"), .item(0)], ["sistEndret", "roller", "type", "ukjent"]),
            (firstRole, roleNames),
        ]
        if let person = path(record, holder: "person") {
            targets += [(person, roleNames),
                        (person + [.name("person")], ["navn", "fodselsnummer", "fodselsdato", "erDoed", "ukjent"]),
                        (person + [.name("person"), .name("navn")], ["fornavn", "mellomnavn", "etternavn", "ukjent"])]
        }
        if let enhet = path(record, holder: "enhet") {
            targets += [(enhet, roleNames), (enhet + [.name("enhet")], ["organisasjonsnummer", "navn", "ukjent"])]
        }
        return targets
    }

    /// The path of the first role held by a `person` or an `enhet`.
    private static func path(_ record: JSONValue, holder: String) -> [Step]? {
        for (groupIndex, group) in (record["rollegrupper"]?.arrayValue ?? []).enumerated() {
            for (roleIndex, role) in (group["roller"]?.arrayValue ?? []).enumerated() where role[holder] != nil {
                return [.name("rollegrupper"), .item(groupIndex), .name("roller"), .item(roleIndex)]
            }
        }
        return nil
    }

    enum Step {
        case name(String)
        case item(Int)
    }

    private static let firstRole: [Step] = [.name("rollegrupper"), .item(0), .name("roller"), .item(0)]
    private static let raw = "@@raw@@"

    static func all(_ record: JSONValue) -> [String] {
        var variants: [String] = []
        for (path, names) in targets(record) {
            guard let object = record[path]?.objectValue else { continue }
            for name in names {
                for value in values {
                    variants.append(text(record.replacing(path, with: .object(set(object, name, .string(raw)))), value))
                }
                if object.contains(where: { $0.0 == name }) {
                    variants.append(text(record.replacing(path, with: .object(object.filter { $0.0 != name }))))
                    let repeated = object + object.filter { $0.0 == name }
                    variants.append(text(record.replacing(path, with: .object(repeated))))
                }
            }
        }
        return variants + wholeRoles(record)
    }

    /// Roles repeated, broken or removed, and empty arrays.
    private static func wholeRoles(_ record: JSONValue) -> [String] {
        let rollerPath: [Step] = [.name("rollegrupper"), .item(0), .name("roller")]
        guard let roles = record[rollerPath]?.arrayValue, let first = roles.first,
              let groups = record["rollegrupper"]?.arrayValue else { return [] }
        let encoded = text(record)
        return [
            text(record.replacing(rollerPath, with: .array(roles + [first]))),
            text(record.replacing(rollerPath, with: .array([first] + roles))),
            text(record.replacing(rollerPath, with: .array(Array(roles.dropFirst())))),
            text(record.replacing(rollerPath, with: .array([]))),
            text(record.replacing(rollerPath, with: .array(roles + [.int(5)]))),
            text(record.replacing([.name("rollegrupper")], with: .array([]))),
            text(record.replacing([.name("rollegrupper")], with: .array(groups + groups))),
            text(record.replacing([.name("rollegrupper")], with: .array(groups + [.null]))),
            encoded.replacingOccurrences(of: #"":"#, with: "\" :\n "),
            encoded.replacingOccurrences(of: ",", with: " ,\t"),
            encoded.replacingOccurrences(of: #""fornavn":""#, with: #""fornavn":"\u0041"#),
            encoded.replacingOccurrences(of: #""rekkefolge":0"#, with: #""rekkefolge":0.0"#),
            encoded.replacingOccurrences(of: #""rekkefolge":1"#, with: #""rekkefolge":7"#),
            encoded.replacingOccurrences(of: #""rekkefolge":0"#, with: #""rekkefolge":3"#),
            encoded.replacingOccurrences(of: #""sistEndret":""#, with: #""sistEndret":null,"x":""#),
        ]
    }

    private static func set(_ object: [(String, JSONValue)], _ name: String,
                            _ value: JSONValue) -> [(String, JSONValue)] {
        guard object.contains(where: { $0.0 == name }) else { return object + [(name, value)] }
        return object.map { $0.0 == name ? ($0.0, value) : $0 }
    }

    private static func text(_ value: JSONValue, _ rawValue: String = "") -> String {
        String(decoding: value.encoded(), as: UTF8.self).replacingOccurrences(of: "\"\(raw)\"", with: rawValue)
    }
}

private extension JSONValue {
    subscript(path: [RoleRecordMutations.Step]) -> JSONValue? {
        var value: JSONValue? = self
        for step in path {
            switch step {
            case .name(let name): value = value?[name]
            case .item(let index): value = value?[index]
            }
        }
        return value
    }

    /// This value with the one at `path` replaced.
    func replacing(_ path: [RoleRecordMutations.Step], with replacement: JSONValue) -> JSONValue {
        guard let step = path.first else { return replacement }
        let rest = Array(path.dropFirst())
        switch (self, step) {
        case (.object(let members), .name(let name)):
            return .object(members.map { $0.0 == name ? ($0.0, $0.1.replacing(rest, with: replacement)) : $0 })
        case (.array(var items), .item(let index)) where items.indices.contains(index):
            items[index] = items[index].replacing(rest, with: replacement)
            return .array(items)
        default:
            return self
        }
    }
}
