@testable import RegistryService

/// Variants of a compact unit record for `UnitSplicerTests`: every known member replaced by (or, when
/// absent, given) values of every type and of awkward spellings, repeated names, unknown members,
/// whitespace, escapes, and broken nested values.
enum UnitRecordMutations {
    static let values = [
        "null", #""ja""#, "5", "5.0", "-1", "0", "1e2", "true", "false", "[]", "{}", #"["a",1]"#, #""2020-02-30""#,
        #""2020-01-01""#, #""314250052""#, #""314250053""#, #""0301""#, #""Bokmål""#, #""Nynorsk""#, #""a\"b""#,
        #""\u00C5""#, #"{"kode":"10.710"}"#, #"{"kode":"AS","beskrivelse":null}"#, #"{"kode":null}"#,
        #"{"kommunenummer":"0301","adresse":["x"]}"#, #"{"postnummer":"03011"}"#, #"{"land":null}"#,
        #"["x","y"]"#, #""""#, #"[]"#, " \"x\" ", #""AS""#, #""BEDR""#,
    ]

    static func all(_ record: String, kind: OrganisationForm.UnitKind) -> [String] {
        let names = UnitField.optionalFields(kind).map(\.name) + UnitBodyMembers.fixedNames + ["ukjent", "_links"]
        var variants = [pretty(record), closing(record, #","ukjent":{"a":[1,2.5e3,-0,true,null,"s\"t"]}"#)]
        for name in names {
            let range = JSONMemberScanner.valueRange(of: name, in: Array(record.utf8))
            for value in values {
                if let range {
                    var bytes = Array(record.utf8)
                    bytes.replaceSubrange(range, with: Array(value.utf8))
                    variants.append(String(decoding: bytes, as: UTF8.self))
                } else {
                    variants.append(closing(record, ",\"\(name)\":\(value)"))
                }
            }
            if let range {
                let value = String(decoding: Array(record.utf8)[range], as: UTF8.self)
                variants.append(closing(record, ",\"\(name)\":\(value)"))   // repeated
            }
        }
        for (from, to) in nested {
            variants.append(record.replacingOccurrences(of: from, with: to))
        }
        return variants
    }

    /// Edits inside nested values, where the generated records have them.
    private static let nested = [
        (#""kommunenummer":""#, #""kommunenummer":"X"#), (#""kommunenummer":""#, #""kommunenummer":null,"x":""#),
        (#""postnummer":""#, #""postnummer":"1"#), (#""adresse":["#, #""adresse":[1,"#),
        (#""adresse":["#, #""adresse":[],"a":["#), (#""land":""#, #""land":"\u00D8"#),
        (#""kode":""#, #""kode":"1"#), (#""beskrivelse":""#, #""beskrivelse":5,"x":""#),
        (#""beskrivelse":""#, #""beskrivelse":null,"x":""#), (#""kode":""#, #""kode":null,"kode":""#),
        (#"":"#, #"" : "#), (",", " ,\n"), ("}", "\t}"),
    ]

    private static func closing(_ record: String, _ members: String) -> String {
        String(record.dropLast()) + members + "}"
    }

    private static func pretty(_ record: String) -> String {
        record.replacingOccurrences(of: #"",""#, with: "\" ,\r\n \"").replacingOccurrences(of: "{", with: "{ ")
    }
}
